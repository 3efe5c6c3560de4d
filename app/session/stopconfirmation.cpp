#include "app/session/stopconfirmation.h"

#include "app/figure/figurestyle.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

// A card that stands out from the screen behind it (a thick edge of the
// window text's colour), with buttons like the session's own; Stop carries
// the window text's colour, Keep going the accent, so the two never look alike.
QString confirmationStyle(const QColor &edge)
{
    return uR"(
#stopConfirmation {
    background: palette(window); border: 3px solid palette(window-text); border-radius: 14px;
}
QPushButton {
    padding: 10px 26px; border-radius: 10px; outline: none;
    border: 2px solid %1; background: palette(button); color: palette(button-text);
}
QPushButton:focus { border: 4px solid palette(highlight); padding: 8px 24px; }
QPushButton#keepGoingButton {
    background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
}
QPushButton#keepGoingButton:focus { border: 4px solid palette(window-text); padding: 8px 24px; }
)"_s.arg(edge.name());
}

} // namespace

StopConfirmation::StopConfirmation(QWidget *parent)
    : QFrame(parent)
    , m_question(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_stop(new QPushButton(this))
    , m_keepGoing(new QPushButton(this))
{
    setObjectName(u"stopConfirmation"_s);
    setAccessibleName(tr("Stop the session?"));
    setAccessibleDescription(tr("Holds done so far are kept."));
    setAutoFillBackground(true);
    m_question->setObjectName(u"stopQuestion"_s);
    m_question->setText(tr("Stop the session?"));
    m_detail->setObjectName(u"stopDetail"_s);
    m_detail->setText(tr("Holds done so far are kept."));
    for (QLabel *label : {m_question, m_detail}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);
    }

    m_stop->setObjectName(u"confirmStopButton"_s);
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop the session now"));
    m_keepGoing->setObjectName(u"keepGoingButton"_s);
    m_keepGoing->setText(tr("Keep going"));
    m_keepGoing->setAccessibleName(tr("Keep going with the session"));
    for (QPushButton *button : {m_stop, m_keepGoing}) {
        button->setFocusPolicy(Qt::StrongFocus);
        // Enter presses the button that has the focus, as in a dialog.
        button->setAutoDefault(true);
        button->installEventFilter(this);
    }
    connect(m_stop, &QPushButton::clicked, this, &StopConfirmation::stopConfirmed);
    connect(m_keepGoing, &QPushButton::clicked, this, &StopConfirmation::keepGoing);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_keepGoing);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(36, 28, 36, 28);
    layout->setSpacing(14);
    layout->addWidget(m_question);
    layout->addWidget(m_detail);
    layout->addSpacing(10);
    layout->addLayout(buttons);
    setTabOrder(m_stop, m_keepGoing);
    setTypeSize(QFontInfo(font()).pixelSize() * 3 / 2);
    applyStyle();
    hide();
}

QString StopConfirmation::questionText() const
{
    return m_question->text() + u' ' + m_detail->text();
}

void StopConfirmation::ask()
{
    place();
    show();
    raise();
    m_keepGoing->setFocus(Qt::OtherFocusReason);
    // A screen reader says the question, not only the button that took the focus.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void StopConfirmation::setTypeSize(int pixels)
{
    QFont question = font();
    question.setPixelSize(pixels);
    question.setBold(true);
    m_question->setFont(question);
    QFont detail = font();
    detail.setPixelSize(std::max(1, pixels * 4 / 5));
    m_detail->setFont(detail);
    QFont buttons = font();
    buttons.setPixelSize(std::max(1, pixels * 4 / 5));
    m_stop->setFont(buttons);
    m_keepGoing->setFont(buttons);
    if (isVisible())
        place();
}

void StopConfirmation::place()
{
    const QWidget *area = parentWidget();
    if (!area)
        return;
    const QSize hint = sizeHint();
    const int width = std::min(area->width() - 48, std::max(hint.width(), area->width() / 2));
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : hint.height();
    setGeometry(QRect((area->width() - width) / 2, (area->height() - height) / 3, width, height));
}

bool StopConfirmation::eventFilter(QObject *watched, QEvent *event)
{
    // Arrows would move the focus from Keep going to Stop (or past it to
    // "It hurts — stop"), and the session's habit of Right (skip) then Space
    // (pause) would then stop it. Stopping takes Tab, or a click.
    if (event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void StopConfirmation::applyStyle()
{
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    const QString style = confirmationStyle(blendColours(window, text, 0.5));
    // Setting a style sheet repolishes, which may report a palette change again.
    if (style != styleSheet())
        setStyleSheet(style);
}

void StopConfirmation::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

} // namespace limber
