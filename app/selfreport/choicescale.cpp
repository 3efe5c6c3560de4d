#include "app/selfreport/choicescale.h"

#include "app/selfreport/choicebutton.h"

#include <QAbstractButton>
#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

QStringList painScaleLabels()
{
    QStringList labels;
    for (int level = 0; level <= 10; ++level)
        labels << QString::number(level);
    return labels;
}

ChoiceScale::ChoiceScale(const QString &question, const QStringList &labels,
    std::optional<int> firstKey, QWidget *parent)
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

    m_grid->setSpacing(2);
    m_group->setExclusive(false);
    for (int i = 0; i < labels.size(); ++i) {
        auto *button = new ChoiceButton(labels[i], this);
        button->installEventFilter(this);
        button->setAccessibleName(question + u' ' + labels[i]);
        m_group->addButton(button, i);
    }
    // 10 has no digit of its own; T (ten) is the key the buttons show for it.
    if (firstKey == 0 && labels.size() == 11)
        m_extraKeys.append({10, QKeySequence(Qt::Key_T)});
    showKeyHints();
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
    // One size for every choice, so the numbers line up and no choice looks
    // bigger than another; a longer label (a reach level) keeps its width,
    // and in a grid of columns takes as many as it needs.
    int cell = 0;
    int height = 0;
    bool shortLabels = true;
    for (QAbstractButton *button : buttons) {
        const QSize hint = button->sizeHint();
        height = qMax(height, hint.height());
        shortLabels = shortLabels && button->text().size() <= 3;
        if (hint.width() <= hint.height() * 2)
            cell = qMax(cell, hint.width());
    }
    cell = qMax(cell, ChoiceButton::minimumSide);
    const int spacing = qMax(0, m_grid->horizontalSpacing());
    const int columns = m_columns > 0 ? m_columns : static_cast<int>(buttons.size());

    // Emptied first: the rows of a width limit are layouts of their own.
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item; // a widget's item or a row's layout; never the buttons
    const bool wrapped = m_columns == 0 && m_rowWidthLimit > 0;
    QHBoxLayout *rowLayout = nullptr;
    int row = 0;
    int column = 0;
    int rowWidth = 0;
    m_widestRow = 0;
    for (int index = 0; index < buttons.size(); ++index) {
        QAbstractButton *button = m_group->button(index);
        const int needed = button->sizeHint().width();
        const int span = m_columns > 0
            ? qBound(1, (needed + spacing + cell + spacing - 1) / (cell + spacing), columns)
            : 1;
        const int width = m_columns > 0 || shortLabels
            ? qMax(needed, span * cell + (span - 1) * spacing)
            : needed;
        const bool pastTheLimit
            = wrapped && column > 0 && rowWidth + spacing + width > m_rowWidthLimit;
        if (column + span > columns || pastTheLimit) {
            ++row;
            column = 0;
            rowWidth = 0;
        }
        // A minimum, not a fixed size: the layout still follows the button's
        // own size hint if its type grows after this (a style sheet, a theme).
        button->setMinimumSize(width, height);
        if (wrapped) {
            // Each row on its own, so a long label in one row does not widen
            // a column of the next.
            if (column == 0) {
                rowLayout = new QHBoxLayout;
                rowLayout->setSpacing(spacing);
                rowLayout->addStretch();
                m_grid->addLayout(rowLayout, row, 0);
            }
            rowLayout->insertWidget(rowLayout->count() - 1, button);
        } else {
            m_grid->addWidget(button, row, column, 1, span, Qt::AlignLeft);
        }
        rowWidth += (column > 0 ? spacing : 0) + width;
        m_widestRow = qMax(m_widestRow, rowWidth);
        column += span;
    }
}

void ChoiceScale::setColumnCount(int columns)
{
    m_columns = qMax(0, columns);
    arrangeButtons();
}

void ChoiceScale::setRowWidthLimit(int pixels)
{
    if (m_rowWidthLimit == qMax(0, pixels))
        return;
    m_rowWidthLimit = qMax(0, pixels);
    arrangeButtons();
}

void ChoiceScale::addKey(int index, const QKeySequence &key)
{
    if (m_extraKeys.contains(std::pair<int, QKeySequence>(index, key)))
        return;
    m_extraKeys.append({index, key});
    showKeyHints();
    arrangeButtons();
    for (QAction *action : std::as_const(m_shortcuts)) {
        if (action->data().toInt() == index)
            action->setShortcuts(keysFor(index));
    }
}

void ChoiceScale::showKeyHints()
{
    // On the button, so nobody has to guess the key for a choice without a
    // digit; a button that reads "7" needs no "7" under it.
    for (QAbstractButton *button : m_group->buttons()) {
        QStringList names;
        for (const QKeySequence &key : keysFor(m_group->id(button))) {
            const QString name = key.toString(QKeySequence::NativeText);
            if (name != button->text())
                names.append(name);
        }
        static_cast<ChoiceButton *>(button)->setKeyHint(names.join(u' '));
        button->setToolTip(names.isEmpty() ? QString() : tr("Press %1").arg(names.join(u", "_s)));
    }
}

QList<QAbstractButton *> ChoiceScale::buttons() const
{
    QList<QAbstractButton *> ordered;
    for (int index = 0; index < m_group->buttons().size(); ++index)
        ordered.append(m_group->button(index));
    return ordered;
}

QList<QKeySequence> ChoiceScale::keysFor(int index) const
{
    QList<QKeySequence> keys;
    const int digit = m_firstKey ? index + *m_firstKey : -1;
    if (digit >= 0 && digit <= 9)
        keys.append(QKeySequence(Qt::Key_0 + digit));
    for (const auto &[choice, key] : m_extraKeys) {
        if (choice == index)
            keys.append(key);
    }
    return keys;
}

void ChoiceScale::installShortcuts(QWidget *scope, Qt::ShortcutContext context)
{
    for (QAbstractButton *button : m_group->buttons()) {
        const int index = m_group->id(button);
        // Owned here, so the keys go with the scale; they act in the scope.
        auto *action = new QAction(button->accessibleName(), this);
        action->setData(index);
        action->setShortcuts(keysFor(index));
        action->setShortcutContext(context);
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
    // A style sheet may give the buttons their own type size: they grow with it.
    if (event->type() == QEvent::FontChange)
        arrangeButtons();
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
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && m_firstKey) {
        const int index = key - Qt::Key_0 - *m_firstKey;
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
