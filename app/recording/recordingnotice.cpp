#include "app/recording/recordingnotice.h"

#include "app/figure/figurestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// An amber wash over the window colour: a warning, readable with the
/// theme's own text colour in light and dark themes alike.
constexpr double warningTint = 0.22;
const QColor warningColour(0xE0, 0x9A, 0x00);

} // namespace

RecordingNotice::RecordingNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"recordingNotice"_s);
    setAccessibleName(tr("Recording is off"));
    setFrameShape(QFrame::StyledPanel);
    tintBackground(*this, warningColour, warningTint);

    auto *title = new QLabel(tr("Recording is off"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"recordingNoticeReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(title);
    text->addWidget(m_reason);

    m_retry = new QPushButton(tr("Try Again"), this);
    m_retry->setObjectName(u"recordingNoticeRetry"_s);
    m_retry->setToolTip(tr("Check again whether Limber can write to your history"));
    // Clicks only: the bar must not catch a Space meant for the page.
    m_retry->setFocusPolicy(Qt::TabFocus);
    m_retry->setAutoDefault(false);
    connect(m_retry, &QPushButton::clicked, this, &RecordingNotice::retryRequested);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 8, 8);
    row->addLayout(text, 1);
    row->addWidget(m_retry, 0, Qt::AlignVCenter);
    hide();
}

void RecordingNotice::showReason(const QString &reason, bool canRetry)
{
    m_reason->setText(reason);
    setAccessibleDescription(reason);
    m_retry->setVisible(canRetry);
    show();
}

QString RecordingNotice::reason() const
{
    return m_reason->text();
}

} // namespace limber
