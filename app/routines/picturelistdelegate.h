#pragma once

#include <QStyledItemDelegate>

namespace limber {

/// Draws a list row as a small picture (the decoration) beside two lines:
/// the title, and a quieter line from \a detailRole. The texts of
/// \a badgeRole (a QStringList; -1 for none) are drawn as small tags after
/// the title, e.g. "Today".
class PictureListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PictureListDelegate(
        int detailRole, int badgeRole, QSize pictureSize, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_detailRole;
    int m_badgeRole;
    QSize m_pictureSize;
};

} // namespace limber
