#include "app/print/pdfsaveddialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

PdfSavedDialog::PdfSavedDialog(
    const QString &heading, const QString &path, QWidget *parent, UrlOpener openUrl)
    : QDialog(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_openUrl(openUrl ? std::move(openUrl) : &QDesktopServices::openUrl)
{
    setObjectName(u"pdfSavedDialog"_s);
    setWindowTitle(tr("PDF Saved"));

    auto *headingLabel = new QLabel(heading, this);
    headingLabel->setObjectName(u"pdfSavedHeading"_s);
    QFont headingFont = headingLabel->font();
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);
    auto *caption = new QLabel(tr("It was saved as:"), this);
    auto *pathLabel = new QLabel(QDir::toNativeSeparators(m_path), this);
    pathLabel->setObjectName(u"pdfSavedPath"_s);
    pathLabel->setTextFormat(Qt::PlainText);
    pathLabel->setWordWrap(true);
    pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    pathLabel->setFocusPolicy(Qt::StrongFocus);
    pathLabel->setAccessibleName(tr("Saved file"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"pdfSavedProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"openPdfButton"_s);
    m_open->setToolTip(tr("Open the PDF in your PDF viewer"));
    m_showInFolder = buttons->addButton(tr("Show in &Folder"), QDialogButtonBox::ActionRole);
    m_showInFolder->setObjectName(u"showPdfFolderButton"_s);
    m_showInFolder->setToolTip(tr("Open the folder that holds the PDF"));
    connect(m_open, &QPushButton::clicked, this, &PdfSavedDialog::openFile);
    connect(m_showInFolder, &QPushButton::clicked, this, &PdfSavedDialog::showInFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel);
    layout->addWidget(caption);
    layout->addWidget(pathLabel);
    layout->addWidget(m_problem);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_open->setDefault(true);
    m_open->setFocus();
}

QString PdfSavedDialog::text() const
{
    QStringList parts;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (!label->isHidden())
            parts.append(label->text());
    }
    return parts.join(u'\n');
}

void PdfSavedDialog::openFile()
{
    if (m_openUrl(QUrl::fromLocalFile(m_path))) {
        accept();
        return;
    }
    showProblem(tr("No program could open the PDF. Use Show in Folder and open it from there, "
                   "or copy its name from above."));
}

void PdfSavedDialog::showInFolder()
{
    if (m_openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()))) {
        accept();
        return;
    }
    showProblem(
        tr("No file manager could open the folder. Copy the file's name from above instead."));
}

void PdfSavedDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
    adjustSize(); // room for the new lines, so none is cut off
}

} // namespace limber
