#pragma once

#include <QKeySequence>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QGridLayout;
class QLabel;

namespace limber {

/// A row of choices answered with one click or one key press: pain 0 to 10,
/// or a reach ladder. Digit keys pick a choice directly (0-based for the pain
/// scale, whose 10 is T), or letters added with addKey() (A, B, ... for a
/// ladder beside a pain scale); arrows move, and clicking the chosen one
/// again clears it, because every self-report is optional. Each button
/// shows the key that picks it when its label does not say it already.
class ChoiceScale : public QWidget
{
    Q_OBJECT

public:
    /// \a labels are the buttons' texts; \a firstKey is the digit that picks
    /// the first one (0 for a 0-10 scale, 1 for a ladder), or none for a
    /// scale picked by the keys given with addKey(). A 0-10 scale (eleven
    /// labels from digit 0) picks its 10 with T.
    ChoiceScale(const QString &question, const QStringList &labels, std::optional<int> firstKey,
        QWidget *parent = nullptr);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);

    /// Lays the buttons out in rows of \a columns (all in one row by default),
    /// for a narrow place.
    void setColumnCount(int columns);
    /// Lays the buttons out in as few rows as keep each row within \a pixels
    /// (0: no limit), in order, so a ladder with long labels does not make
    /// its window wider than the screen. A single wider button has a row to itself.
    void setRowWidthLimit(int pixels);
    /// The width its widest row of buttons takes, as laid out now.
    int widestRow() const { return m_widestRow; }
    /// One more key that picks choice \a index, e.g. T for 10, which has no
    /// digit; the button shows it under its label. A key given twice counts once.
    void addKey(int index, const QKeySequence &key);
    /// Makes the keys that pick a choice work anywhere in \a scope (e.g. the
    /// session page, whose buttons keep the focus), for as long as this
    /// scale is visible. Arrows and Delete stay with the scale's own buttons.
    /// Qt::WindowShortcut makes them work anywhere in \a scope's window. A
    /// text field with the focus still gets the letters and digits typed in it.
    void installShortcuts(
        QWidget *scope, Qt::ShortcutContext context = Qt::WidgetWithChildrenShortcut);

    QLabel *questionLabel() const { return m_question; }
    /// The choices' buttons, in order (for the tab order around the scale).
    QList<QAbstractButton *> buttons() const;

Q_SIGNALS:
    void valueChanged(std::optional<int> value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void choose(int index);
    /// Digits and added keys pick, arrows move, Delete clears; false for any other key.
    bool handleKey(int key);
    /// The keys that pick choice \a index.
    QList<QKeySequence> keysFor(int index) const;
    /// Sizes the buttons to the font and places them in the grid.
    void arrangeButtons();
    /// Shows on each button the keys that pick it, unless its label says it.
    void showKeyHints();
    void enableShortcuts(bool enabled);

    QLabel *m_question = nullptr;
    QGridLayout *m_grid = nullptr;
    QButtonGroup *m_group = nullptr;
    QStringList m_labels;
    std::optional<int> m_firstKey;
    int m_columns = 0; ///< 0: one row
    int m_rowWidthLimit = 0; ///< for one row or wrapped rows; 0: none
    int m_widestRow = 0;
    QList<std::pair<int, QKeySequence>> m_extraKeys;
    QList<QAction *> m_shortcuts;
    std::optional<int> m_value;
};

/// The 0..10 labels of a pain scale.
QStringList painScaleLabels();

} // namespace limber
