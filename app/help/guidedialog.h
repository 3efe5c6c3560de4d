#pragma once

#include <QDialog>

class QTextBrowser;

namespace limber {

/// Help ▸ Guide (F1 outside a session): a short guide to Limber, one page
/// the person can scroll. Not modal.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    /// The guide's text as HTML.
    static QString guideHtml();

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace limber
