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
        button->setFocusPolicy(Qt::TabFocus);
        button->setAccessibleName(question + u' ' + labels[i]);
        m_group->addButton(button, i);
        row->addWidget(button);
    }
    row->addStretch();
    layout->addLayout(row);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(question);
    title->setBuddy(this);
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

void ChoiceScale::keyPressEvent(QKeyEvent *event)
{
    const int count = static_cast<int>(m_group->buttons().size());
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int index = key - Qt::Key_0 - m_firstKey;
        if (index >= 0 && index < count) {
            setValue(index);
            return;
        }
    } else if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int step = key == Qt::Key_Left ? -1 : 1;
        const int from = m_value.value_or(step > 0 ? -1 : count);
        setValue(qBound(0, from + step, count - 1));
        return;
    } else if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        setValue(std::nullopt);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace limber
