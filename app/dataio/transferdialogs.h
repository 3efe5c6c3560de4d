#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QListWidget;
class QWidget;

namespace limber {

/// The questions moving the history in and out asks a person. The program
/// answers them with real dialogs (WidgetTransferDialogs); tests answer them
/// from a script, so nothing blocks and every answer can be chosen.
class TransferDialogs
{
public:
    virtual ~TransferDialogs() = default;

    /// A file to write, starting from \a suggestedPath; empty cancels.
    virtual QString saveFileName(
        const QString &title, const QString &suggestedPath, const QString &filter)
        = 0;
    /// A file to read; empty cancels.
    virtual QString openFileName(const QString &title, const QString &filter) = 0;
    /// The index of the chosen one of \a items (which may span several
    /// lines, and need not differ); \a acceptText names the button that
    /// chooses. -1 cancels.
    virtual int chooseItem(const QString &title, const QString &label, const QStringList &items,
        const QString &acceptText)
        = 0;
    /// Something went as asked (or nothing could be done), said once.
    virtual void inform(const QString &title, const QString &message) = 0;
    /// Something failed; \a message says why and what to do.
    virtual void warn(const QString &title, const QString &message) = 0;
};

/// A list to pick one entry from, each entry on its own rows. The answer is
/// the row, never a text match, so entries that read alike stay apart.
class ChoiceDialog : public QDialog
{
public:
    ChoiceDialog(const QString &title, const QString &label, const QStringList &items,
        const QString &acceptText, QWidget *parent = nullptr);

    /// The selected row; -1 when none.
    int chosenIndex() const;

private:
    QListWidget *m_list;
};

/// TransferDialogs as QFileDialog, ChoiceDialog and QMessageBox over a window.
class WidgetTransferDialogs : public TransferDialogs
{
public:
    /// \a parent must outlive this object.
    explicit WidgetTransferDialogs(QWidget *parent)
        : m_parent(parent)
    { }

    QString saveFileName(
        const QString &title, const QString &suggestedPath, const QString &filter) override;
    QString openFileName(const QString &title, const QString &filter) override;
    int chooseItem(const QString &title, const QString &label, const QStringList &items,
        const QString &acceptText) override;
    void inform(const QString &title, const QString &message) override;
    void warn(const QString &title, const QString &message) override;

private:
    QWidget *m_parent;
};

} // namespace limber
