#include "app/routines/itemform.h"

#include "app/mutedtext.h"
#include "app/routines/rangespinbox.h"
#include "core/content/contentlibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

using Column = RoutineEditorModel::Column;

/// Gives a label the width of its longest wording, so the form beside the
/// list does not change width when the wording changes.
void reserveWidth(QLabel *label, const QStringList &wordings)
{
    const QString shown = label->text();
    int widest = 0;
    for (const QString &wording : wordings) {
        label->setText(wording);
        widest = std::max(widest, label->sizeHint().width());
    }
    label->setText(shown);
    label->setMinimumWidth(widest);
}

constexpr std::array numberColumns {RoutineEditorModel::HoldsColumn,
    RoutineEditorModel::HoldSecondsColumn, RoutineEditorModel::GetReadySecondsColumn,
    RoutineEditorModel::SwitchSecondsColumn, RoutineEditorModel::RestSecondsColumn};

} // namespace

ItemForm::ItemForm(RoutineEditorModel &model, const ContentLibrary &library, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_library(library)
{
    setObjectName(u"itemForm"_s);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    addNumberRow(RoutineEditorModel::HoldsColumn, tr("H&olds per side:"), u"holdsField"_s, form);
    addNumberRow(
        RoutineEditorModel::HoldSecondsColumn, tr("Hold &length:"), u"holdSecondsField"_s, form);
    addNumberRow(RoutineEditorModel::GetReadySecondsColumn, tr("&Get ready:"),
        u"getReadySecondsField"_s, form);
    addNumberRow(RoutineEditorModel::SwitchSecondsColumn, tr("S&witch sides:"),
        u"switchSecondsField"_s, form);
    addNumberRow(
        RoutineEditorModel::RestSecondsColumn, tr("R&est after:"), u"restSecondsField"_s, form);

    reserveWidth(
        m_labels.value(RoutineEditorModel::HoldsColumn), {tr("H&olds per side:"), tr("H&olds:")});
    reserveWidth(m_labels.value(RoutineEditorModel::SwitchSecondsColumn),
        {tr("S&witch sides:"), tr("Pause bet&ween holds:")});

    m_sided = new QCheckBox(tr("Wor&k each side in turn"), this);
    m_sided->setObjectName(u"sidedField"_s);
    m_sided->setToolTip(tr("Off: every hold is done the way that is comfortable, without "
                           "switching sides."));
    form->addRow(QString(), m_sided);

    m_firstSide = new QComboBox(this);
    m_firstSide->setObjectName(u"firstSideField"_s);
    // The side names differ per exercise; the box grows to show them whole.
    m_firstSide->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_firstSideLabel = new QLabel(tr("Fi&rst side:"), this);
    m_firstSideLabel->setBuddy(m_firstSide);
    form->addRow(m_firstSideLabel, m_firstSide);

    m_setup = new QCheckBox(tr("&Begin with the set-up steps"), this);
    m_setup->setObjectName(u"setupField"_s);
    form->addRow(QString(), m_setup);

    connect(m_sided, &QCheckBox::toggled, this,
        [this](bool on) { setFlag(RoutineEditorModel::SidedColumn, on); });
    connect(m_setup, &QCheckBox::toggled, this,
        [this](bool on) { setFlag(RoutineEditorModel::IncludeSetupColumn, on); });
    connect(m_firstSide, &QComboBox::activated, this, [this] {
        if (m_loading || m_row < 0)
            return;
        if (m_model.setData(m_model.index(m_row, RoutineEditorModel::FirstSideColumn),
                m_firstSide->currentData()))
            Q_EMIT committed();
    });

    setTabOrder(m_spins.value(RoutineEditorModel::HoldsColumn),
        m_spins.value(RoutineEditorModel::HoldSecondsColumn));
    setTabOrder(m_spins.value(RoutineEditorModel::HoldSecondsColumn),
        m_spins.value(RoutineEditorModel::GetReadySecondsColumn));
    setTabOrder(m_spins.value(RoutineEditorModel::GetReadySecondsColumn),
        m_spins.value(RoutineEditorModel::SwitchSecondsColumn));
    setTabOrder(m_spins.value(RoutineEditorModel::SwitchSecondsColumn),
        m_spins.value(RoutineEditorModel::RestSecondsColumn));
    setTabOrder(m_spins.value(RoutineEditorModel::RestSecondsColumn), m_sided);
    setTabOrder(m_sided, m_firstSide);
    setTabOrder(m_firstSide, m_setup);
    setRow(-1);
}

void ItemForm::addNumberRow(
    Column column, const QString &label, const QString &objectName, QFormLayout *form)
{
    auto *spin = new RangeSpinBox(this);
    spin->setObjectName(objectName);
    const RoutineEditorModel::Range range = RoutineEditorModel::range(column);
    spin->setRange(range.minimum, range.maximum);
    if (column != RoutineEditorModel::HoldsColumn) {
        spin->setSuffix(tr(" s", "seconds after a number"));
        spin->setSingleStep(5);
    }
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(spin);
    auto *message = new QLabel(this);
    message->setObjectName(objectName + u"Message"_s);
    message->setWordWrap(true);
    setMutedText(message);
    message->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(spin);
    row->addWidget(message, 1);
    form->addRow(labelWidget, row);
    m_spins.insert(column, spin);
    m_labels.insert(column, labelWidget);
    m_messages.insert(column, message);

    connect(spin, &QSpinBox::valueChanged, this,
        [this, column](int value) { setNumber(column, value); });
    connect(spin, &QAbstractSpinBox::editingFinished, this, [this] { commitPending(); });
    connect(spin, &RangeSpinBox::outOfRange, this,
        [this, column](int typed) { showRangeMessage(column, typed); });
    connect(spin, &RangeSpinBox::inRange, message, &QLabel::hide);
}

void ItemForm::showRangeMessage(Column column, int typed)
{
    const RoutineEditorModel::Range range = RoutineEditorModel::range(column);
    QLabel *message = m_messages.value(column);
    message->setText(tr("%1 is out of range: use %2 to %3.")
                         .arg(QLocale().toString(typed), QLocale().toString(range.minimum),
                             QLocale().toString(range.maximum)));
    message->show();
}

QString ItemForm::messageFor(Column column) const
{
    const QLabel *message = m_messages.value(column);
    return message && !message->isHidden() ? message->text() : QString();
}

QWidget *ItemForm::firstField() const
{
    return m_spins.value(RoutineEditorModel::HoldsColumn);
}

QWidget *ItemForm::lastField() const
{
    return m_setup;
}

void ItemForm::setRow(int row)
{
    m_row = row >= 0 && row < m_model.rowCount() ? row : -1;
    m_pending = false;
    load();
}

void ItemForm::load()
{
    m_loading = true;
    const bool shown = m_row >= 0;
    const RoutineItem item = shown ? m_model.item(m_row) : RoutineItem {};
    const bool alternating = shown && m_model.isAlternating(m_row);
    const bool editable = shown && !m_model.isReadOnly();
    const Exercise *exercise = m_library.exercise(item.exerciseId);

    const QHash<int, int> values {{RoutineEditorModel::HoldsColumn, item.holdsPerSide},
        {RoutineEditorModel::HoldSecondsColumn, item.holdSeconds},
        {RoutineEditorModel::GetReadySecondsColumn, item.getReadySeconds},
        {RoutineEditorModel::SwitchSecondsColumn, item.switchSeconds},
        {RoutineEditorModel::RestSecondsColumn, item.restSeconds}};
    for (const Column column : numberColumns) {
        RangeSpinBox *spin = m_spins.value(column);
        spin->setValue(values.value(column));
        spin->setEnabled(editable);
        m_messages.value(column)->hide();
    }
    const bool sided = alternating && item.sided;
    m_labels.value(RoutineEditorModel::HoldsColumn)
        ->setText(sided ? tr("H&olds per side:") : tr("H&olds:"));
    m_labels.value(RoutineEditorModel::SwitchSecondsColumn)
        ->setText(sided ? tr("S&witch sides:") : tr("Pause bet&ween holds:"));

    m_sided->setChecked(alternating && item.sided);
    m_sided->setEnabled(editable && alternating);
    m_sided->setVisible(!shown || alternating);
    m_setup->setChecked(item.includeSetup);
    m_setup->setEnabled(editable);

    m_firstSide->clear();
    const QStringList languages = QLocale().uiLanguages();
    const QString left = exercise && !exercise->leftSideLabel.isEmpty()
        ? exercise->leftSideLabel.text(languages)
        : tr("Left");
    const QString right = exercise && !exercise->rightSideLabel.isEmpty()
        ? exercise->rightSideLabel.text(languages)
        : tr("Right");
    m_firstSide->addItem(left, sideKey(Side::Left));
    m_firstSide->addItem(right, sideKey(Side::Right));
    m_firstSide->setCurrentIndex(item.firstSide == Side::Right ? 1 : 0);
    m_firstSide->setEnabled(editable && sided);
    m_firstSide->setVisible(!shown || alternating);
    m_firstSideLabel->setVisible(!shown || alternating);
    m_loading = false;
}

void ItemForm::setNumber(Column column, int value)
{
    if (m_loading || m_row < 0)
        return;
    if (m_model.setData(m_model.index(m_row, column), value)) {
        m_pending = true;
        Q_EMIT changed();
    }
}

void ItemForm::setFlag(Column column, bool on)
{
    if (m_loading || m_row < 0)
        return;
    if (m_model.setData(
            m_model.index(m_row, column), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole)) {
        m_pending = false;
        load(); // the labels and the side choice follow "each side in turn"
        Q_EMIT committed();
    }
}

void ItemForm::commitPending()
{
    if (!m_pending)
        return;
    m_pending = false;
    Q_EMIT committed();
}

} // namespace limber
