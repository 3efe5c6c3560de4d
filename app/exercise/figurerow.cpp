#include "app/exercise/figurerow.h"

#include <QBoxLayout>
#include <QResizeEvent>

namespace limber {

namespace {

constexpr int figureSide = 200;
constexpr int stackedFigureSide = 180;

} // namespace

FigureRow::FigureRow(QWidget *figure, QWidget *parent)
    : QWidget(parent)
    , m_figure(figure)
{
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(20);
    figure->setParent(this);
    m_layout->addWidget(figure, 0, Qt::AlignTop | Qt::AlignHCenter);
    m_text = new QVBoxLayout;
    m_text->setSpacing(6);
    m_layout->addLayout(m_text, 1);
    arrange(width());
}

void FigureRow::addText(QWidget *widget)
{
    widget->setParent(this);
    m_text->addWidget(widget);
}

void FigureRow::setTitle(QWidget *title)
{
    title->setParent(this);
    m_title = title;
    placeTitle();
}

void FigureRow::placeTitle()
{
    if (!m_title)
        return;
    m_layout->removeWidget(m_title);
    m_text->removeWidget(m_title);
    if (isStacked())
        m_layout->insertWidget(0, m_title);
    else
        m_text->insertWidget(0, m_title);
}

bool FigureRow::isStacked() const
{
    return m_layout->direction() == QBoxLayout::TopToBottom;
}

void FigureRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void FigureRow::arrange(int width)
{
    const bool stacked = width > 0 && width < narrowWidth;
    const int side = stacked ? stackedFigureSide : figureSide;
    m_figure->setFixedSize(
        side, m_figure->hasHeightForWidth() ? m_figure->heightForWidth(side) : side);
    const QBoxLayout::Direction direction
        = stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_layout->direction() != direction) {
        m_layout->setDirection(direction);
        placeTitle();
    }
}

} // namespace limber
