#include "app/window/messagepage.h"

#include "app/mutedtext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace limber {

void fillWithMessage(QWidget &page, const QString &title, const QString &note, const QString &text)
{
    // A narrow centred column: a wrapped label only gets its full height
    // when the layout, not an alignment flag, sets its width.
    auto *column = new QWidget(&page);
    column->setMaximumWidth(480);

    auto *heading = new QLabel(title, column);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    auto *noteLabel = new QLabel(note, column);
    noteLabel->setAlignment(Qt::AlignCenter);
    setMutedText(noteLabel);
    auto *textLabel = new QLabel(text, column);
    textLabel->setWordWrap(true);
    textLabel->setAlignment(Qt::AlignCenter);
    textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(noteLabel);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(textLabel);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 2);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(&page);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
}

} // namespace limber
