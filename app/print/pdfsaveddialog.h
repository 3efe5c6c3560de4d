#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QUrl;

namespace limber {

/// Says where a PDF was saved, after File ▸ Export PDF… or Save as PDF…:
/// the file's full path (selectable, to copy), and buttons that open the
/// file and the folder it is in. When the desktop cannot open either, the
/// dialog says so and stays open, so the path can still be copied.
class PdfSavedDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens a file or folder with the desktop's program for it; true when it could.
    using UrlOpener = std::function<bool(const QUrl &)>;

    /// \a heading says what was saved ("The routine sheet is saved.");
    /// \a path is the file written. \a openUrl: QDesktopServices::openUrl
    /// unless a test gives its own.
    PdfSavedDialog(const QString &heading, const QString &path, QWidget *parent = nullptr,
        UrlOpener openUrl = {});

    QPushButton *openButton() const { return m_open; }
    QPushButton *showInFolderButton() const { return m_showInFolder; }
    /// All the dialog's visible words, as one text (for tests and screen readers).
    QString text() const;

private:
    void openFile();
    void showInFolder();
    void showProblem(const QString &text);

    QString m_path;
    UrlOpener m_openUrl;
    QPushButton *m_open = nullptr;
    QPushButton *m_showInFolder = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace limber
