#pragma once

#include <QHash>
#include <QPalette>
#include <QPixmap>
#include <QSize>

namespace limber {

class ContentLibrary;
struct Exercise;

/// Small pictures of exercises in their hold pose, painted once per
/// exercise and kept, for lists. They follow the palette they are given.
class ExerciseThumbnails
{
public:
    /// \a library must outlive this. \a background: the role the pictures
    /// sit on (a list's Base).
    ExerciseThumbnails(
        const ContentLibrary &library, QSize size, QPalette::ColorRole background = QPalette::Base);

    QSize size() const { return m_size; }
    /// Pictures painted after this use \a palette; the kept ones are dropped.
    void setPalette(const QPalette &palette);

    /// The exercise's hold pose (else its first step's pose), or a null
    /// pixmap for an unknown exercise or one without poses.
    QPixmap thumbnail(const QString &exerciseId) const;

    /// Paints \a exercise's hold pose fitted into a pixmap of \a size.
    static QPixmap paint(const Exercise &exercise, QSize size, const QPalette &palette,
        QPalette::ColorRole background, qreal devicePixelRatio);

private:
    const ContentLibrary &m_library;
    QSize m_size;
    QPalette::ColorRole m_background;
    QPalette m_palette;
    mutable QHash<QString, QPixmap> m_cache;
};

} // namespace limber
