#include "recording/selfreportpanel.h"

#include "recording/choicescale.h"
#include "recording/sessionrecorder.h"

#include <QLabel>
#include <QLineEdit>
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

SelfReportPanel::SelfReportPanel(SessionRecorder &recorder, QWidget *parent)
    : QWidget(parent)
    , m_recorder(recorder)
{
    setObjectName(u"selfReports"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    m_pain
        = new ChoiceScale(tr("Pain now, from 0 (none) to 10 (worst):"), painScaleLabels(), 0, this);
    m_pain->setObjectName(u"painAfter"_s);
    layout->addWidget(m_pain);
    connect(m_pain, &ChoiceScale::valueChanged, this, [this](std::optional<int> level) {
        if (level)
            m_recorder.setPainAfter(*level);
    });

    m_reachBox = new QWidget(this);
    auto *reachLayout = new QVBoxLayout(m_reachBox);
    reachLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reachBox);

    auto *noteLabel = new QLabel(tr("A note for your history (optional):"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"sessionNote"_s);
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("e.g. knees felt stiff"));
    m_note->setAccessibleName(tr("Note"));
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    connect(
        m_note, &QLineEdit::editingFinished, this, [this] { m_recorder.setNote(m_note->text()); });
}

void SelfReportPanel::prepare(const QString &exerciseId, const QStringList &reachLevels)
{
    m_exerciseId = exerciseId;
    m_pain->setValue(std::nullopt);
    m_note->clear();
    delete m_reach;
    m_reach = nullptr;
    m_reachBox->setVisible(!reachLevels.isEmpty());
    if (reachLevels.isEmpty())
        return;
    m_reach = new ChoiceScale(tr("How far did you get?"), reachLevels, 1, m_reachBox);
    m_reach->setObjectName(u"reach"_s);
    m_reachBox->layout()->addWidget(m_reach);
    connect(m_reach, &ChoiceScale::valueChanged, this, [this](std::optional<int> level) {
        if (level)
            m_recorder.setReach(m_exerciseId, *level);
    });
}

} // namespace limber
