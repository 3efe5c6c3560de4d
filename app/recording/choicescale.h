#pragma once

#include <QKeySequence>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QButtonGroup;
class QGridLayout;
class QLabel;

namespace limber {

/// A row of choices answered with one click or one key press: pain 0 to 10,
/// or a reach ladder. Digit keys pick a choice directly (1-based for the
/// ladder, 0-based for the pain scale), arrows move, and clicking the chosen
/// one again clears it, because every self-report is optional.
class ChoiceScale : public QWidget
{
    Q_OBJECT

public:
    /// \a labels are the buttons' texts; \a firstKey is the digit that picks
    /// the first one (0 for a 0-10 scale, 1 for a ladder).
    ChoiceScale(const QString &question, const QStringList &labels, int firstKey,
        QWidget *parent = nullptr);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);

    /// Lays the buttons out in rows of \a columns (all in one row by default),
    /// for a narrow place.
    void setColumnCount(int columns);
    /// One more key that picks choice \a index, e.g. T for 10, which has no
    /// digit; the button shows it: "10 (T)".
    void addKey(int index, const QKeySequence &key);
    /// Makes the keys that pick a choice work anywhere in \a scope (e.g. the
    /// session page, whose buttons keep the focus), for as long as this
    /// scale is visible. Arrows and Delete stay with the scale's own buttons.
    void installShortcuts(QWidget *scope);

    QLabel *questionLabel() const { return m_question; }

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
    void enableShortcuts(bool enabled);

    QLabel *m_question = nullptr;
    QGridLayout *m_grid = nullptr;
    QButtonGroup *m_group = nullptr;
    QStringList m_labels;
    int m_firstKey = 0;
    int m_columns = 0; ///< 0: one row
    QList<std::pair<int, QKeySequence>> m_extraKeys;
    QList<QAction *> m_shortcuts;
    std::optional<int> m_value;
};

} // namespace limber
