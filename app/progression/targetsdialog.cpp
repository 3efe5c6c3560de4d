#include "app/progression/targetsdialog.h"

#include "app/mutedtext.h"
#include "app/progression/progresstext.h"
#include "core/model/routine.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

TargetsDialog::TargetsDialog(
    const QString &routineTitle, const QList<TargetRow> &rows, QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
{
    setObjectName(u"targetsDialog"_s);
    setWindowTitle(tr("Hold targets — %1").arg(routineTitle));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How long each hold lasts and how many holds each exercise has. "
                                "Limber suggests a change when your sessions call for one; "
                                "here you can set one yourself."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const QStringList headings {
        tr("Exercise"), tr("Hold (seconds)"), tr("Holds"), tr("Routine plan")};
    for (int column = 0; column < headings.size(); ++column) {
        auto *heading = new QLabel(headings.at(column), this);
        setMutedText(heading);
        grid->addWidget(heading, 0, column);
    }
    for (int i = 0; i < rows.size(); ++i) {
        const TargetRow &row = rows.at(i);
        const int line = i + 1;
        auto *name = new QLabel(row.title, this);
        auto *seconds = new QSpinBox(this);
        seconds->setObjectName(u"targetSeconds"_s);
        seconds->setRange(limits::minHoldSeconds, limits::maxHoldSeconds);
        seconds->setSingleStep(5);
        seconds->setSuffix(tr(" s"));
        seconds->setValue(row.current.holdSeconds);
        seconds->setAccessibleName(tr("Hold length for %1, in seconds").arg(row.title));
        name->setBuddy(seconds);
        auto *holds = new QSpinBox(this);
        holds->setObjectName(u"targetHolds"_s);
        holds->setRange(limits::minHoldsPerSide, limits::maxHoldsPerSide);
        holds->setValue(row.current.holdsPerSide);
        holds->setSuffix(row.sided ? tr(" each side") : QString());
        holds->setAccessibleName(
            (row.sided ? tr("Holds on each side for %1") : tr("Holds for %1")).arg(row.title));
        auto *plan = new QPushButton(ProgressText::target(row.plan, row.sided), this);
        plan->setObjectName(u"usePlan"_s);
        plan->setToolTip(tr("Go back to the routine's own plan"));
        plan->setAccessibleName(tr("Use the routine plan for %1: %2")
                                    .arg(row.title, ProgressText::target(row.plan, row.sided)));
        connect(plan, &QPushButton::clicked, this, [seconds, holds, row] {
            seconds->setValue(row.plan.holdSeconds);
            holds->setValue(row.plan.holdsPerSide);
        });
        grid->addWidget(name, line, 0);
        grid->addWidget(seconds, line, 1);
        grid->addWidget(holds, line, 2);
        grid->addWidget(plan, line, 3);
        m_seconds.append(seconds);
        m_holds.append(holds);
    }
    layout->addLayout(grid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (!m_seconds.isEmpty())
        m_seconds.first()->setFocus(Qt::OtherFocusReason);
}

QList<TargetRow> TargetsDialog::changedRows() const
{
    QList<TargetRow> changed;
    for (int i = 0; i < m_rows.size(); ++i) {
        TargetRow row = m_rows.at(i);
        const HoldTarget chosen {m_seconds.at(i)->value(), m_holds.at(i)->value()};
        if (chosen == row.current)
            continue;
        row.current = chosen;
        changed.append(row);
    }
    return changed;
}

} // namespace limber
