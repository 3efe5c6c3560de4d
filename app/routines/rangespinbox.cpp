#include "app/routines/rangespinbox.h"

#include <QLineEdit>

#include <algorithm>

namespace limber {

RangeSpinBox::RangeSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    setKeyboardTracking(false);
    setAccelerated(true);
    connect(lineEdit(), &QLineEdit::textEdited, this, &RangeSpinBox::checkText);
    connect(this, &QSpinBox::valueChanged, this, [this] { Q_EMIT inRange(); });
}

std::optional<int> RangeSpinBox::typedNumber(const QString &text) const
{
    QString digits = text;
    if (!prefix().isEmpty() && digits.startsWith(prefix()))
        digits.remove(0, prefix().size());
    if (!suffix().isEmpty() && digits.endsWith(suffix()))
        digits.chop(suffix().size());
    bool ok = false;
    const int number = locale().toInt(digits.trimmed(), &ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

QValidator::State RangeSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QSpinBox::validate(input, pos);
    if (state != QValidator::Invalid)
        return state;
    // A number the range refuses may still be typed, so the person sees why
    // it is refused rather than a key that does nothing.
    return typedNumber(input) ? QValidator::Intermediate : QValidator::Invalid;
}

void RangeSpinBox::fixup(QString &input) const
{
    if (const std::optional<int> number = typedNumber(input))
        input = prefix() + textFromValue(std::clamp(*number, minimum(), maximum())) + suffix();
    else
        QSpinBox::fixup(input);
}

void RangeSpinBox::checkText(const QString &text)
{
    const std::optional<int> typed = typedNumber(text);
    if (typed && (*typed < minimum() || *typed > maximum()))
        Q_EMIT outOfRange(*typed);
    else
        Q_EMIT inRange();
}

} // namespace limber
