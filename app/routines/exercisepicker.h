#pragma once

#include <QDialog>

class QListWidget;

namespace limber {

class ContentLibrary;
class ExerciseThumbnails;

/// Chooses an exercise to add to a routine: every exercise of the library,
/// in the library's order, with its picture, title and summary. Enter or a
/// double click adds the selected one.
class ExercisePicker : public QDialog
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SummaryRole };

    ExercisePicker(const ContentLibrary &library, const ExerciseThumbnails &thumbnails,
        const QStringList &uiLanguages, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// The id of the selected exercise, or empty.
    QString selectedExercise() const;
    /// Selects the exercise with \a id; false when the library has none.
    bool selectExercise(const QString &id);

Q_SIGNALS:
    /// The person chose \a exerciseId (emitted when the dialog is accepted).
    void exerciseChosen(const QString &exerciseId);

private:
    QListWidget *m_list = nullptr;
};

} // namespace limber
