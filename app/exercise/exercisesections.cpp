#include "app/exercise/exercisesections.h"

#include "app/exercise/figurerow.h"
#include "app/exercise/movingfigure.h"
#include "app/exercise/pagetext.h"
#include "app/mutedtext.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

namespace {

/// One translation context for this file's messages, under a name lupdate
/// sees too (a free tr() function would file them under "limber").
struct ExerciseSectionsText
{
    Q_DECLARE_TR_FUNCTIONS(ExerciseSections)
};

} // namespace

ExerciseSections::ExerciseSections(const Exercise &exercise, QStringList languages)
    : m_exercise(exercise)
    , m_languages(std::move(languages))
{ }

QString ExerciseSections::text(const LocalizedText &value) const
{
    return value.text(m_languages).trimmed();
}

QStringList ExerciseSections::texts(const QList<LocalizedText> &values) const
{
    QStringList result;
    for (const LocalizedText &value : values) {
        const QString line = text(value);
        if (!line.isEmpty())
            result.append(line);
    }
    return result;
}

void ExerciseSections::build(QWidget *parent, QVBoxLayout *column)
{
    m_parent = parent;
    m_column = column;
    addTitle();
    addAskFirst();
    addWhy();
    addBenefits();
    addSteps();
    addCautions();
    addBreathing();
    addVariation();
    addSides();
    addGoal();
}

QWidget *ExerciseSections::section(const QString &name, const QString &heading)
{
    auto *widget = new QWidget(m_parent);
    widget->setObjectName(name);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *title = new SectionHeading(heading, 2, widget);
    title->setObjectName(name + u"Heading"_s);
    layout->addWidget(title);
    m_column->addWidget(widget);
    return widget;
}

MovingFigure *ExerciseSections::figureFor(const QString &poseId, double cameraYawDegrees)
{
    const auto pose = m_exercise.poses.constFind(poseId);
    if (poseId.isEmpty() || pose == m_exercise.poses.cend())
        return nullptr;
    auto *figure = new MovingFigure(m_parent);
    figure->showPose(*pose, Camera {cameraYawDegrees, 0.0});
    m_figures.append(figure);
    return figure;
}

void ExerciseSections::addTitle()
{
    auto *title = new SectionHeading(text(m_exercise.title), 1, m_parent);
    title->setObjectName(u"exerciseTitle"_s);
    m_column->addWidget(title);
    const QString summary = text(m_exercise.summary);
    if (!summary.isEmpty()) {
        QLabel *label = pagetext::paragraph(summary, m_parent);
        label->setObjectName(u"exerciseSummary"_s);
        QFont larger = label->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.1);
        label->setFont(larger);
        m_column->addWidget(label);
    }
}

void ExerciseSections::addAskFirst()
{
    const QStringList who = texts(m_exercise.askFirst);
    const QString notice = text(m_exercise.notice);
    if (who.isEmpty() && notice.isEmpty())
        return;
    QWidget *box = section(u"askFirstSection"_s, ExerciseSectionsText::tr("Ask first"));
    if (!who.isEmpty()) {
        box->layout()->addWidget(pagetext::paragraph(
            ExerciseSectionsText::tr(
                "Talk to your doctor or physiotherapist before doing this exercise if:"),
            box));
        QLabel *list = pagetext::bulletList(who, box);
        list->setObjectName(u"askFirstList"_s);
        box->layout()->addWidget(list);
    }
    if (!notice.isEmpty()) {
        QLabel *label = pagetext::paragraph(notice, box);
        label->setObjectName(u"exerciseNotice"_s);
        box->layout()->addWidget(label);
    }
}

void ExerciseSections::addWhy()
{
    const QString why = text(m_exercise.why);
    if (why.isEmpty())
        return;
    QWidget *box = section(u"whySection"_s, ExerciseSectionsText::tr("Why it helps"));
    box->layout()->addWidget(pagetext::paragraph(why, box));
}

void ExerciseSections::addBenefits()
{
    const QStringList benefits = texts(m_exercise.benefits);
    if (benefits.isEmpty())
        return;
    QWidget *box = section(u"benefitsSection"_s, ExerciseSectionsText::tr("What it does"));
    box->layout()->addWidget(pagetext::bulletList(benefits, box));
}

void ExerciseSections::addSteps()
{
    if (m_exercise.steps.isEmpty())
        return;
    QWidget *box = section(u"stepsSection"_s, ExerciseSectionsText::tr("How to do it"));
    int number = 0;
    for (const Step &step : m_exercise.steps) {
        ++number;
        MovingFigure *figure = figureFor(step.pose, step.cameraYawDegrees);
        if (figure && step.motion) {
            if (const auto from = m_exercise.poses.constFind(step.motion->fromPose);
                from != m_exercise.poses.cend())
                figure->showMovement(*from, m_exercise.poses.value(step.pose), step.motion->seconds,
                    Camera {step.cameraYawDegrees, 0.0});
        }
        auto *stepBox = new QWidget(box);
        stepBox->setObjectName(u"step%1"_s.arg(number));
        auto *stepLayout = new QVBoxLayout(stepBox);
        stepLayout->setContentsMargins(0, 6, 0, 6);
        auto *heading
            = new SectionHeading(ExerciseSectionsText::tr("Step %1").arg(number), 3, stepBox);
        auto *words = new QWidget(stepBox);
        auto *wordsLayout = new QVBoxLayout(words);
        wordsLayout->setContentsMargins(0, 0, 0, 0);
        wordsLayout->addWidget(pagetext::paragraph(text(step.text), words));
        const QStringList cautions = texts(step.cautions);
        if (!cautions.isEmpty()) {
            auto *careful = pagetext::paragraph(ExerciseSectionsText::tr("Take care:"), words);
            QFont bold = careful->font();
            bold.setBold(true);
            careful->setFont(bold);
            wordsLayout->addWidget(careful);
            QLabel *list = pagetext::bulletList(cautions, words);
            list->setObjectName(u"stepCautions"_s);
            wordsLayout->addWidget(list);
        }
        wordsLayout->addStretch();
        if (figure) {
            figure->setAccessibleName(ExerciseSectionsText::tr("Figure for step %1").arg(number));
            figure->setAccessibleDescription(text(step.text));
            auto *row = new FigureRow(figure, stepBox);
            row->setTitle(heading);
            row->addText(words);
            stepLayout->addWidget(row);
        } else {
            stepLayout->addWidget(heading);
            stepLayout->addWidget(words);
        }
        box->layout()->addWidget(stepBox);
    }
}

void ExerciseSections::addCautions()
{
    const QStringList cautions = texts(m_exercise.cautions);
    if (cautions.isEmpty())
        return;
    QWidget *box = section(u"cautionsSection"_s, ExerciseSectionsText::tr("Take care"));
    box->layout()->addWidget(pagetext::bulletList(cautions, box));
}

void ExerciseSections::addBreathing()
{
    const QString breathing = text(m_exercise.breathing);
    if (breathing.isEmpty())
        return;
    QWidget *box = section(u"breathingSection"_s, ExerciseSectionsText::tr("Breathing"));
    box->layout()->addWidget(pagetext::paragraph(breathing, box));
}

void ExerciseSections::addVariation()
{
    const QString variation = text(m_exercise.variation);
    if (variation.isEmpty())
        return;
    QWidget *box = section(u"variationSection"_s, ExerciseSectionsText::tr("Variation"));
    box->layout()->addWidget(pagetext::paragraph(variation, box));
}

void ExerciseSections::addSides()
{
    if (m_exercise.sideMode != SideMode::Alternating)
        return;
    const QString left = text(m_exercise.leftSideLabel);
    const QString right = text(m_exercise.rightSideLabel);
    if (left.isEmpty() && right.isEmpty())
        return;
    QWidget *box = section(u"sidesSection"_s, ExerciseSectionsText::tr("Left and right"));
    box->layout()->addWidget(pagetext::paragraph(
        ExerciseSectionsText::tr(
            "The holds take turns between the two sides. In a session, the screen and the "
            "voice say which side comes next."),
        box));
    auto *pair = new QWidget(box);
    auto *pairLayout = new QHBoxLayout(pair);
    pairLayout->setContentsMargins(0, 0, 0, 0);
    pairLayout->setSpacing(24);
    const struct
    {
        QString name;
        QString caption;
        bool mirrored;
    } sides[] = {
        {u"leftSide"_s, ExerciseSectionsText::tr("Left side: %1").arg(left), false},
        {u"rightSide"_s, ExerciseSectionsText::tr("Right side: %1").arg(right), true},
    };
    for (const auto &side : sides) {
        auto *column = new QWidget(pair);
        column->setObjectName(side.name);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        if (MovingFigure *figure
            = figureFor(m_exercise.holdPose, m_exercise.holdCameraYawDegrees)) {
            figure->setParent(column);
            figure->setMirrored(side.mirrored);
            figure->setActiveLegHighlighted(true);
            figure->setFixedSize(150, figure->heightForWidth(150));
            figure->setAccessibleName(side.caption);
            columnLayout->addWidget(figure, 0, Qt::AlignHCenter);
        }
        QLabel *caption = pagetext::paragraph(side.caption, column);
        caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        columnLayout->addWidget(caption);
        pairLayout->addWidget(column, 1);
    }
    pairLayout->addStretch(1);
    box->layout()->addWidget(pair);
}

void ExerciseSections::addGoal()
{
    const QString goal = text(m_exercise.goal);
    const QString timeframe = text(m_exercise.goalTimeframe);
    if (goal.isEmpty())
        return;
    QWidget *box = section(u"goalSection"_s, ExerciseSectionsText::tr("The goal"));
    auto *words = new QWidget(box);
    auto *wordsLayout = new QVBoxLayout(words);
    wordsLayout->setContentsMargins(0, 0, 0, 0);
    wordsLayout->addWidget(pagetext::paragraph(goal, words));
    if (!timeframe.isEmpty()) {
        QLabel *label = pagetext::paragraph(
            ExerciseSectionsText::tr("How long it usually takes: %1").arg(timeframe), words);
        label->setObjectName(u"goalTimeframe"_s);
        setMutedText(label);
        wordsLayout->addWidget(label);
    }
    wordsLayout->addStretch();
    if (MovingFigure *figure = figureFor(m_exercise.goalPose, m_exercise.holdCameraYawDegrees)) {
        figure->setObjectName(u"goalFigure"_s);
        figure->setAccessibleName(ExerciseSectionsText::tr("Figure of the goal position"));
        figure->setAccessibleDescription(goal);
        auto *row = new FigureRow(figure, box);
        row->addText(words);
        box->layout()->addWidget(row);
    } else {
        box->layout()->addWidget(words);
    }
}

} // namespace limber
