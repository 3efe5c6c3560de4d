#pragma once

#include <QStringList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;

namespace limber {

/// A row of choices answered with one click or one key press: pain 0 to 10,
/// or a reach ladder. Digit keys pick a choice directly (1-based for the
/// ladder, 0-based for the pain scale), arrows move, and clicking the chosen
/// one again clears it, because every self-report is optional.
class ChoiceScale : public QWidget
{
    Q_OBJECT

public:
    /// \a labels are the buttons' texts; \a firstKey is the digit that picks
    /// the first one (0 for a 0-10 scale, 1 for a ladder).
    ChoiceScale(const QString &question, const QStringList &labels, int firstKey,
        QWidget *parent = nullptr);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);

Q_SIGNALS:
    void valueChanged(std::optional<int> value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(int index);
    /// Digits pick, arrows move, Delete clears; false for any other key.
    bool handleKey(int key);

    QButtonGroup *m_group = nullptr;
    int m_firstKey = 0;
    std::optional<int> m_value;
};

} // namespace limber
