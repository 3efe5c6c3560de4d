// Builds content roots in a temporary folder for the content tests.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace limber::testing {

/// A content root in a temporary folder; files are written by relative path.
class ContentRoot
{
public:
    ContentRoot() { EXPECT_TRUE(m_dir.isValid()); }

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &relative) const { return m_dir.filePath(relative); }

    QString write(const QString &relative, const QByteArray &bytes) const
    {
        const QString target = m_dir.filePath(relative);
        EXPECT_TRUE(QDir().mkpath(QFileInfo(target).absolutePath()));
        QFile file(target);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        EXPECT_EQ(file.write(bytes), bytes.size());
        return target;
    }

private:
    QTemporaryDir m_dir;
};

/// A small valid pose file with the poses "sit" and "lean".
inline QByteArray posesJson()
{
    return R"({
  "format": 1,
  "poses": {
    "sit": {"left": {"hipFlexion": 90, "kneeFlexion": 90}},
    "lean": {"pelvisPitch": 30}
  }
})";
}

/// A small valid exercise using the poses of posesJson().
inline QByteArray exerciseJson(
    const QByteArray &id, const QByteArray &title = "Lean", const QByteArray &sideMode = "none")
{
    QByteArray sides
        = sideMode == "alternating" ? R"(, "sideLabels": {"left": "left", "right": "right"})" : "";
    return R"({
  "format": 1,
  "id": ")"
        + id + R"(",
  "title": ")"
        + title + R"(",
  "summary": "Lean forward.",
  "steps": [
    {"text": "Sit.", "pose": "sit"},
    {"text": "Lean.", "pose": "lean", "motion": {"fromPose": "sit"}}
  ],
  "holdPose": "lean",
  "sideMode": ")"
        + sideMode + "\"" + sides + R"(
})";
}

/// A valid routine with one item of the given exercise.
inline QByteArray routineJson(
    const QByteArray &id, const QByteArray &exerciseId, const QByteArray &extra = "")
{
    return R"({
  "format": 1,
  "id": ")"
        + id + R"(",
  "title": "Routine )"
        + id + "\"" + extra + R"(,
  "items": [{"exercise": ")"
        + exerciseId + R"(", "holdSeconds": 30}]
})";
}

} // namespace limber::testing
