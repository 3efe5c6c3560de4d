#pragma once

#include <QLabel>
#include <QStringList>

namespace limber {

/// A heading of the exercise page. Screen readers are told it is a heading
/// (so they can jump between sections), and what it says.
class SectionHeading : public QLabel
{
    Q_OBJECT

public:
    /// \a level 1 is the page title, 2 a section, 3 a step within a section.
    SectionHeading(const QString &text, int level, QWidget *parent = nullptr);

    int level() const { return m_level; }

private:
    int m_level;
};

namespace pagetext {

/// Plain text that wraps and can be selected and copied.
QLabel *paragraph(const QString &text, QWidget *parent);
/// One bulleted line per entry, as one selectable label.
QLabel *bulletList(const QStringList &items, QWidget *parent);

} // namespace pagetext

} // namespace limber
