#pragma once

#include "app/routines/routineeditormodel.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;

namespace limber {

class RangeSpinBox;

/// The plan of one routine item as spin boxes, a side choice and check
/// boxes, bound to a row of a RoutineEditorModel. Numbers reach the model
/// as they change, so the routine's length can follow; a change counts as
/// made (committed()) when the field is left or Enter is pressed, and at
/// once for the side choice and the check boxes. A number typed out of
/// range is named next to its field.
class ItemForm : public QWidget
{
    Q_OBJECT

public:
    ItemForm(RoutineEditorModel &model, const ContentLibrary &library, QWidget *parent = nullptr);

    /// Shows the item in \a row; -1 shows nothing and disables the form.
    void setRow(int row);
    int row() const { return m_row; }

    RangeSpinBox *spinBox(RoutineEditorModel::Column column) const { return m_spins.value(column); }
    QComboBox *firstSideBox() const { return m_firstSide; }
    QCheckBox *sidedBox() const { return m_sided; }
    QCheckBox *setupBox() const { return m_setup; }
    /// The message beside \a column's field; empty when the value is fine.
    QString messageFor(RoutineEditorModel::Column column) const;
    /// The first and last widgets in tab order.
    QWidget *firstField() const;
    QWidget *lastField() const;

    /// Makes any change in progress count, as if the field had been left.
    void commitPending();

Q_SIGNALS:
    /// A value changed in the model (live, while typing or stepping).
    void changed();
    /// A change is complete and should be kept.
    void committed();

private:
    void addNumberRow(RoutineEditorModel::Column column, const QString &label,
        const QString &objectName, QFormLayout *form);
    void load();
    void setNumber(RoutineEditorModel::Column column, int value);
    void setFlag(RoutineEditorModel::Column column, bool on);
    void showRangeMessage(RoutineEditorModel::Column column, int typed);

    RoutineEditorModel &m_model;
    const ContentLibrary &m_library;
    int m_row = -1;
    bool m_loading = false;
    bool m_pending = false;
    QHash<int, RangeSpinBox *> m_spins;
    QHash<int, QLabel *> m_labels;
    QHash<int, QLabel *> m_messages;
    QComboBox *m_firstSide = nullptr;
    QLabel *m_firstSideLabel = nullptr;
    QCheckBox *m_sided = nullptr;
    QCheckBox *m_setup = nullptr;
};

} // namespace limber
