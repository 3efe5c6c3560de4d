#pragma once

#include <QAbstractButton>

namespace limber {

/// One choice of a ChoiceScale, painted to be read at a glance from a
/// distance: at least 44 x 44 px, the key that picks it in small type under
/// its label ("T" under 10, "A" under a reach level), and, once chosen, a
/// solid accent fill, bold type, a thick frame and a check mark, so the
/// choice shows without relying on colour alone. Colours come from the
/// palette, so light and dark themes both read.
class ChoiceButton : public QAbstractButton
{
    Q_OBJECT

public:
    explicit ChoiceButton(const QString &label, QWidget *parent = nullptr);

    /// The key shown under the label; empty shows none.
    void setKeyHint(const QString &key);
    QString keyHint() const { return m_keyHint; }

    /// The smallest side, in pixels at 100 %: a comfortable target for older hands.
    static constexpr int minimumSide = 44;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont hintFont() const;

    QString m_keyHint;
    /// The size hint and the label it was worked out for: layouts ask for it
    /// again and again, and each answer measures two fonts.
    mutable QSize m_sizeHint;
    mutable QString m_sizeHintText;
};

} // namespace limber
