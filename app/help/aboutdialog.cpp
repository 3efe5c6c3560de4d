#include "app/help/aboutdialog.h"

#include "app/mutedtext.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

const QString licenceUrl = u"https://www.gnu.org/licenses/gpl-3.0.html"_s;

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &dataFolder, QWidget *parent, FolderOpener openFolder)
    : QDialog(parent)
    , m_dataFolder(QDir::toNativeSeparators(dataFolder))
    , m_openFolder(openFolder ? std::move(openFolder) : &QDesktopServices::openUrl)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Limber"));

    auto *heading = new QLabel(tr("Limber %1").arg(QStringLiteral(LIMBER_VERSION)), this);
    heading->setObjectName(u"aboutVersion"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *purpose = paragraph(tr("Guided stretching routines for hip and low-back pain. "
                                 "Everything you record stays on this computer."),
        this);
    // qVersion() is the Qt found at run time, which may be newer than the one built against.
    auto *qt = paragraph(tr("Runs on Qt %1.").arg(QString::fromLatin1(qVersion())), this);
    qt->setObjectName(u"aboutQtVersion"_s);
    setMutedText(qt);

    auto *folderCaption = paragraph(tr("Your history and settings are kept in:"), this);
    auto *folder = paragraph(m_dataFolder, this);
    folder->setObjectName(u"aboutDataFolder"_s);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    folder->setFocusPolicy(Qt::StrongFocus);
    folder->setAccessibleName(tr("Data folder"));
    auto *openFolderButton = new QPushButton(tr("Open Data &Folder"), this);
    openFolderButton->setObjectName(u"openDataFolderButton"_s);
    openFolderButton->setAutoDefault(false);
    connect(openFolderButton, &QPushButton::clicked, this, &AboutDialog::openDataFolder);
    m_folderProblem = paragraph(
        tr("No file manager could open the folder. Copy its name from above instead."), this);
    m_folderProblem->setObjectName(u"aboutFolderProblem"_s);
    m_folderProblem->hide();

    auto *licence = paragraph(
        tr("Limber is free software: you may share it and change it under the terms of the "
           "GNU General Public License, version 3 or (at your choice) any later version. "
           "<a href=\"%1\">Read the licence</a>.")
            .arg(licenceUrl),
        this);
    licence->setObjectName(u"aboutLicence"_s);
    licence->setTextFormat(Qt::RichText);
    licence->setOpenExternalLinks(true);
    licence->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *warranty = paragraph(tr("Limber comes with no warranty of any kind, as far as the law "
                                  "allows. It is not medical advice."),
        this);
    warranty->setObjectName(u"aboutWarranty"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(purpose);
    layout->addWidget(qt);
    layout->addSpacing(8);
    layout->addWidget(folderCaption);
    layout->addWidget(folder);
    layout->addWidget(openFolderButton, 0, Qt::AlignLeft);
    layout->addWidget(m_folderProblem);
    layout->addSpacing(8);
    layout->addWidget(licence);
    layout->addWidget(warranty);
    layout->addWidget(buttons);
    // Wide enough that the folder and the licence do not wrap into a tall column.
    setMinimumWidth(460);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QString AboutDialog::text() const
{
    QStringList parts;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (!label->isHidden())
            parts.append(label->text());
    }
    return parts.join(u'\n');
}

void AboutDialog::openDataFolder()
{
    const bool opened = m_openFolder(QUrl::fromLocalFile(QDir::fromNativeSeparators(m_dataFolder)));
    m_folderProblem->setVisible(!opened);
}

} // namespace limber
