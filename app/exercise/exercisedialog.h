#pragma once

#include <QDialog>

namespace limber {

class ExercisePage;
struct Exercise;

/// The exercise page in a window of its own, over a running session: modal
/// (the session pauses while it covers it), with a Close button and Esc.
/// It opens with open(), never exec(), and deletes itself when closed.
class ExerciseDialog : public QDialog
{
    Q_OBJECT

public:
    ExerciseDialog(const Exercise &exercise, QWidget *parent = nullptr);

    /// Opens a dialog for \a exercise over \a parent and returns it.
    static ExerciseDialog *openFor(const Exercise &exercise, QWidget *parent);

    ExercisePage *page() const { return m_page; }

private:
    ExercisePage *m_page = nullptr;
};

} // namespace limber
