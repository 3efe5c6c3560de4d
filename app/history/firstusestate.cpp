#include "app/history/firstusestate.h"

#include "app/mutedtext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace limber {

FirstUseState::FirstUseState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"firstUseState"_s);
    // A narrow centred column, like the other pages' notices.
    auto *column = new QWidget(this);
    column->setMaximumWidth(480);
    auto *heading = new QLabel(tr("No holds yet."), column);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    auto *text
        = new QLabel(tr("Start your first session and your week will show up here."), column);
    text->setObjectName(u"firstUseText"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Each week you will see the minutes you held, left and right, "
                               "your longest hold, your streak of days, and how your reach and "
                               "pain change."),
        column);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    setMutedText(hint);
    auto *start = new QPushButton(tr("&Start a session"), column);
    start->setObjectName(u"firstUseStartButton"_s);
    connect(start, &QPushButton::clicked, this, &FirstUseState::startSessionRequested);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(hint);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(start, 0, Qt::AlignCenter);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 2);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
}

} // namespace limber
