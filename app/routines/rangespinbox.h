#pragma once

#include <QSpinBox>

#include <optional>

namespace limber {

/// A spin box that lets the person type a number out of its range instead
/// of silently refusing the key, then says so (outOfRange) and puts the
/// nearest allowed value in when editing ends.
class RangeSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit RangeSpinBox(QWidget *parent = nullptr);

    QValidator::State validate(QString &input, int &pos) const override;
    /// A number out of range becomes the nearest one in range.
    void fixup(QString &input) const override;

Q_SIGNALS:
    /// The text typed is a number outside the range (\a typed), or back
    /// inside it (inRange).
    void outOfRange(int typed);
    void inRange();

private:
    void checkText(const QString &text);
    /// The number in \a text, without prefix and suffix.
    std::optional<int> typedNumber(const QString &text) const;
};

} // namespace limber
