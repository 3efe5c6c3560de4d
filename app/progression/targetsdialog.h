#pragma once

#include "core/progress/holdtarget.h"

#include <QDialog>
#include <QList>
#include <QString>

class QSpinBox;

namespace limber {

/// One exercise of a routine in the targets dialog.
struct TargetRow
{
    QString exerciseId;
    QString title;
    bool sided = false;
    HoldTarget current; ///< the target in force
    HoldTarget plan; ///< the routine item's own plan
};

/// Sets hold targets by hand: for each exercise of a routine, the hold
/// length and the holds per side, with the routine's own plan beside them
/// and a button to go back to it. Only what the person changed is reported.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    TargetsDialog(
        const QString &routineTitle, const QList<TargetRow> &rows, QWidget *parent = nullptr);

    /// The rows whose target the person changed, with the new target in `current`.
    QList<TargetRow> changedRows() const;

    QSpinBox *secondsBox(int row) const { return m_seconds.at(row); }
    QSpinBox *holdsBox(int row) const { return m_holds.at(row); }

private:
    QList<TargetRow> m_rows;
    QList<QSpinBox *> m_seconds;
    QList<QSpinBox *> m_holds;
};

} // namespace limber
