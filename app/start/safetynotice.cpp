#include "app/start/safetynotice.h"

#include "app/settings/settings.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

SafetyNotice::SafetyNotice(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    setObjectName(u"safetyNotice"_s);
    setWindowTitle(tr("Safety notice"));

    auto *heading = new QLabel(tr("Before you stretch"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *body = new QLabel(noticeText(), this);
    body->setObjectName(u"safetyNoticeText"_s);
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(this);
    if (purpose == Purpose::FirstRun) {
        QPushButton *accept = buttons->addButton(tr("I understand"), QDialogButtonBox::AcceptRole);
        accept->setObjectName(u"acceptSafetyNotice"_s);
        accept->setDefault(true);
        QPushButton *quit = buttons->addButton(tr("Quit Limber"), QDialogButtonBox::RejectRole);
        quit->setObjectName(u"quitFromSafetyNotice"_s);
    } else {
        QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
        close->setObjectName(u"closeSafetyNotice"_s);
        close->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    setAttribute(Qt::WA_DeleteOnClose);
}

QString SafetyNotice::noticeText()
{
    return u"<p>"_s
        + tr("Limber guides you through gentle stretches. It is not medical advice "
             "and does not replace your doctor or physiotherapist.")
        + u"</p><ul><li>"_s + tr("Ask your doctor before you start a new routine.") + u"</li><li>"_s
        + tr("Move slowly, and only as far as is comfortable. A gentle pull is fine; "
             "forcing is not.")
        + u"</li><li>"_s + tr("Stop if the pain is sharp, or if it keeps growing.")
        + u"</li></ul>"_s;
}

void SafetyNotice::keyPressEvent(QKeyEvent *event)
{
    // On first run Escape would mean "Quit Limber": a reflex key should not
    // close the program. The two buttons say what each choice does.
    if (m_purpose == Purpose::FirstRun && event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

SafetyNotice *SafetyNotice::openIfNeeded(Settings &settings, QWidget *parent)
{
    if (settings.acceptedSafetyNoticeVersion() >= currentVersion)
        return nullptr;
    auto *notice = new SafetyNotice(Purpose::FirstRun, parent);
    connect(notice, &QDialog::accepted, &settings, [&settings] {
        settings.setAcceptedSafetyNoticeVersion(currentVersion);
        settings.save();
    });
    notice->open();
    return notice;
}

SafetyNotice *SafetyNotice::openForReading(QWidget *parent)
{
    auto *notice = new SafetyNotice(Purpose::Reading, parent);
    notice->open();
    return notice;
}

} // namespace limber
