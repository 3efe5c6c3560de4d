#pragma once

#include <QtGlobal>

namespace limber {

/// Offset of the first byte at or after `from` that does not start a
/// well-formed UTF-8 sequence (Unicode, table 3-7: no overlong forms, no
/// surrogates, nothing above U+10FFFF, no truncated sequence), or -1 if the
/// rest of the text is valid.
qsizetype firstInvalidUtf8(const char *data, qsizetype size, qsizetype from = 0);

/// The code point that starts at `pos` in text already known to be valid UTF-8.
char32_t decodeUtf8At(const char *data, qsizetype size, qsizetype pos);

} // namespace limber
