#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QUrl;

namespace limber {

/// Help ▸ About Limber: the version, the Qt it runs on, where the person's
/// data is kept (with a button that opens the folder), the licence and the
/// absence of any warranty.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens a folder in the desktop's file manager; true when it could.
    using FolderOpener = std::function<bool(const QUrl &)>;

    /// \a dataFolder: the folder that holds the history and settings.
    /// \a openFolder: QDesktopServices::openUrl unless a test gives its own.
    explicit AboutDialog(
        const QString &dataFolder, QWidget *parent = nullptr, FolderOpener openFolder = {});

    /// All the dialog's words, as one text (for tests and screen readers).
    QString text() const;

private:
    void openDataFolder();

    QString m_dataFolder;
    FolderOpener m_openFolder;
    QLabel *m_folderProblem = nullptr;
};

} // namespace limber
