#include "core/content/utf8.h"

namespace limber {

namespace {

unsigned char byteAt(const char *data, qsizetype pos)
{
    return static_cast<unsigned char>(data[pos]);
}

} // namespace

qsizetype firstInvalidUtf8(const char *data, qsizetype size, qsizetype from)
{
    qsizetype pos = from;
    while (pos < size) {
        const unsigned char lead = byteAt(data, pos);
        if (lead < 0x80) {
            ++pos;
            continue;
        }
        qsizetype length = 0;
        unsigned char secondMin = 0x80;
        unsigned char secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead == 0xE0) {
            length = 3;
            secondMin = 0xA0; // below is an overlong form
        } else if (lead == 0xED) {
            length = 3;
            secondMax = 0x9F; // above are the surrogates
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            length = 3;
        } else if (lead == 0xF0) {
            length = 4;
            secondMin = 0x90; // below is an overlong form
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            length = 4;
        } else if (lead == 0xF4) {
            length = 4;
            secondMax = 0x8F; // above is beyond U+10FFFF
        } else {
            return pos;
        }
        if (size - pos < length)
            return pos;
        const unsigned char second = byteAt(data, pos + 1);
        if (second < secondMin || second > secondMax)
            return pos;
        for (qsizetype i = 2; i < length; ++i) {
            if ((byteAt(data, pos + i) & 0xC0) != 0x80)
                return pos;
        }
        pos += length;
    }
    return -1;
}

char32_t decodeUtf8At(const char *data, qsizetype size, qsizetype pos)
{
    const unsigned char lead = byteAt(data, pos);
    if (lead < 0x80)
        return lead;
    qsizetype length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t codePoint = lead & (0x7F >> length);
    for (qsizetype i = 1; i < length && pos + i < size; ++i)
        codePoint = (codePoint << 6) | (byteAt(data, pos + i) & 0x3Fu);
    return codePoint;
}

} // namespace limber
