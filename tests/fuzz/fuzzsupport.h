#pragma once

// Shared by the libFuzzer targets: a fixed locale and zone (as in the tests),
// and a way to stop on a broken promise so the fuzzer keeps the input.

#include "core/content/contentlibrary.h"
#include "tests/support/fixedlocale.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace limber::fuzz {

/// The input as a QByteArray over libFuzzer's own buffer: no copy, and no
/// terminating zero, so a read past the end is an AddressSanitizer report.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(
        reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// A promise of the code under test did not hold for this input.
[[noreturn]] inline void fail(const QString &what)
{
    // A NUL from the input would end the line early.
    std::fprintf(stderr, "fuzz: %s\n", what.toUtf8().replace('\0', "\\0").constData());
    std::abort();
}

inline void check(bool promise, const QString &what)
{
    if (!promise)
        fail(what);
}

/// The content Limber ships, loaded once: what references are checked against.
inline const ContentLibrary &bundledContent()
{
    static const ContentLibrary library
        = ContentLibrary::load({QStringLiteral(LIMBER_SOURCE_DIR "/resources/content")});
    return library;
}

} // namespace limber::fuzz
