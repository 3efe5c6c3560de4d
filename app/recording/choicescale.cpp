#include "recording/choicescale.h"

#include <QAbstractButton>
#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

ChoiceScale::ChoiceScale(
    const QString &question, const QStringList &labels, int firstKey, QWidget *parent)
    : QWidget(parent)
    , m_question(new QLabel(question, this))
    , m_grid(new QGridLayout)
    , m_group(new QButtonGroup(this))
    , m_labels(labels)
    , m_firstKey(firstKey)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_question->setWordWrap(true);
    layout->addWidget(m_question);

    m_grid->setSpacing(4);
    m_group->setExclusive(false);
    for (int i = 0; i < labels.size(); ++i) {
        auto *button = new QPushButton(labels[i], this);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->installEventFilter(this);
        button->setAccessibleName(question + u' ' + labels[i]);
        m_group->addButton(button, i);
    }
    arrangeButtons();
    layout->addLayout(m_grid);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setAccessibleName(question);
    if (!m_group->buttons().isEmpty())
        m_question->setBuddy(m_group->buttons().constFirst());
    connect(m_group, &QButtonGroup::idClicked, this, &ChoiceScale::choose);
}

void ChoiceScale::arrangeButtons()
{
    const QList<QAbstractButton *> buttons = m_group->buttons();
    if (buttons.isEmpty())
        return;
    // One width for every choice, from the plain labels, so the columns line
    // up; a button with a longer text (a key added to it) takes more columns.
    const QFontMetrics metrics = buttons.constFirst()->fontMetrics();
    int cell = metrics.height() * 2 + 8;
    for (const QString &label : std::as_const(m_labels))
        cell = qMax(cell, metrics.horizontalAdvance(label) + 24);
    const int spacing = qMax(0, m_grid->horizontalSpacing());
    const int columns = m_columns > 0 ? m_columns : static_cast<int>(buttons.size());

    for (QAbstractButton *button : buttons)
        m_grid->removeWidget(button);
    int row = 0;
    int column = 0;
    for (int index = 0; index < buttons.size(); ++index) {
        QAbstractButton *button = m_group->button(index);
        const int needed = metrics.horizontalAdvance(button->text()) + 24;
        const int span = m_columns > 0
            ? qBound(1, (needed + spacing + cell + spacing - 1) / (cell + spacing), columns)
            : 1;
        if (column + span > columns) {
            ++row;
            column = 0;
        }
        button->setFixedWidth(qMax(needed, span * cell + (span - 1) * spacing));
        m_grid->addWidget(button, row, column, 1, span, Qt::AlignLeft);
        column += span;
    }
}

void ChoiceScale::setColumnCount(int columns)
{
    m_columns = qMax(0, columns);
    arrangeButtons();
}

void ChoiceScale::addKey(int index, const QKeySequence &key)
{
    m_extraKeys.append({index, key});
    // On the button, so nobody has to guess the key for a choice without a digit.
    if (QAbstractButton *button = m_group->button(index)) {
        const QString name = key.toString(QKeySequence::NativeText);
        button->setText(tr("%1 (%2)", "a choice and its key").arg(button->text(), name));
        button->setToolTip(tr("Press %1").arg(name));
        arrangeButtons();
    }
    for (QAction *action : std::as_const(m_shortcuts)) {
        if (action->data().toInt() == index)
            action->setShortcuts(keysFor(index));
    }
}

QList<QKeySequence> ChoiceScale::keysFor(int index) const
{
    QList<QKeySequence> keys;
    const int digit = index + m_firstKey;
    if (digit >= 0 && digit <= 9)
        keys.append(QKeySequence(Qt::Key_0 + digit));
    for (const auto &[choice, key] : m_extraKeys) {
        if (choice == index)
            keys.append(key);
    }
    return keys;
}

void ChoiceScale::installShortcuts(QWidget *scope)
{
    for (QAbstractButton *button : m_group->buttons()) {
        const int index = m_group->id(button);
        // Owned here, so the keys go with the scale; they act in the scope.
        auto *action = new QAction(button->accessibleName(), this);
        action->setData(index);
        action->setShortcuts(keysFor(index));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        // The same as the key on a focused button: picks, never takes back.
        connect(action, &QAction::triggered, this, [this, index] { setValue(index); });
        scope->addAction(action);
        m_shortcuts.append(action);
    }
    enableShortcuts(isVisible());
}

void ChoiceScale::enableShortcuts(bool enabled)
{
    // Only a question on screen may take keys, so a hidden one cannot be
    // answered by a digit meant for something else.
    for (QAction *action : std::as_const(m_shortcuts))
        action->setEnabled(enabled);
}

void ChoiceScale::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    enableShortcuts(true);
}

void ChoiceScale::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    enableShortcuts(false);
}

void ChoiceScale::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Larger type (the session screen scales it) needs wider buttons.
    if (event->type() == QEvent::FontChange)
        arrangeButtons();
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
    std::optional<int> picked;
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int index = key - Qt::Key_0 - m_firstKey;
        if (index < 0 || index >= count)
            return false;
        picked = index;
    }
    for (const auto &[choice, extra] : m_extraKeys) {
        if (extra.count() == 1 && extra[0].toCombined() == key)
            picked = choice;
    }
    if (picked) {
        setValue(*picked);
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
    if (!m_value)
        return true;
    if (QAbstractButton *chosen = m_group->button(*m_value); chosen && focusWidget())
        chosen->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace limber
