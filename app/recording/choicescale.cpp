#include "recording/choicescale.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber {

ChoiceScale::ChoiceScale(
    const QString &question, const QStringList &labels, int firstKey, QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_firstKey(firstKey)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(question, this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    m_group->setExclusive(false);
    for (int i = 0; i < labels.size(); ++i) {
        auto *button = new QPushButton(labels[i], this);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        const QFontMetrics metrics = button->fontMetrics();
        button->setFixedWidth(
            qMax(metrics.height() * 2 + 8, metrics.horizontalAdvance(labels[i]) + 24));
        button->installEventFilter(this);
        button->setAccessibleName(question + u' ' + labels[i]);
        m_group->addButton(button, i);
        row->addWidget(button);
    }
    layout->addLayout(row);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setAccessibleName(question);
    if (!m_group->buttons().isEmpty())
        title->setBuddy(m_group->buttons().constFirst());
    connect(m_group, &QButtonGroup::idClicked, this, &ChoiceScale::choose);
}

void ChoiceScale::setValue(std::optional<int> value)
{
    if (value && (*value < 0 || *value >= m_group->buttons().size()))
        value.reset();
    for (QAbstractButton *button : m_group->buttons())
        button->setChecked(value && m_group->id(button) == *value);
    if (value == m_value)
        return;
    m_value = value;
    Q_EMIT valueChanged(m_value);
}

void ChoiceScale::choose(int index)
{
    // Clicking the chosen answer again takes it back.
    setValue(m_value == index ? std::nullopt : std::optional<int>(index));
}

bool ChoiceScale::eventFilter(QObject *watched, QEvent *event)
{
    // The buttons take the focus (so it shows); the keys mean the same on each.
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)->key()))
        return true;
    return QWidget::eventFilter(watched, event);
}

void ChoiceScale::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event->key()))
        QWidget::keyPressEvent(event);
}

bool ChoiceScale::handleKey(int key)
{
    const int count = static_cast<int>(m_group->buttons().size());
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int index = key - Qt::Key_0 - m_firstKey;
        if (index < 0 || index >= count)
            return false;
        setValue(index);
    } else if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int step = key == Qt::Key_Left ? -1 : 1;
        const int from = m_value.value_or(step > 0 ? -1 : count);
        setValue(qBound(0, from + step, count - 1));
    } else if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        setValue(std::nullopt);
        return true;
    } else {
        return false;
    }
    if (QAbstractButton *chosen = m_group->button(*m_value); chosen && focusWidget())
        chosen->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace limber
