#pragma once

#include <QWidget>

class QLineEdit;

namespace limber {

class ChoiceScale;
class SessionRecorder;

/// The end screen's self-reports: pain now (0-10), how far the person got
/// on the exercise's reach ladder, and a short note. Each is optional and
/// stored the moment it is given.
class SelfReportPanel : public QWidget
{
    Q_OBJECT

public:
    SelfReportPanel(SessionRecorder &recorder, QWidget *parent = nullptr);

    /// Shows the ladder of \a exerciseId (its reach levels, easiest first);
    /// an exercise without a ladder hides the question. Clears earlier answers.
    void prepare(const QString &exerciseId, const QStringList &reachLevels);

    ChoiceScale *painScale() const { return m_pain; }
    ChoiceScale *reachScale() const { return m_reach; }
    QLineEdit *noteField() const { return m_note; }

private:
    SessionRecorder &m_recorder;
    QString m_exerciseId;
    ChoiceScale *m_pain = nullptr;
    ChoiceScale *m_reach = nullptr;
    QLineEdit *m_note = nullptr;
    QWidget *m_reachBox = nullptr;
};

/// The 0..10 labels of a pain scale.
QStringList painScaleLabels();

} // namespace limber
