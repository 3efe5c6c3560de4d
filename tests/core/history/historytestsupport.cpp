#include "tests/core/history/historytestsupport.h"

#include <QDirIterator>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace limber::testing {

QString schemaText(const QString &databasePath)
{
    RawDatabase db(databasePath, SQLITE_OPEN_READONLY);
    QString text = u"-- application_id %1\n-- user_version %2\n"_s.arg(
        db.text(u"PRAGMA application_id"_s), db.text(u"PRAGMA user_version"_s));
    const int count = static_cast<int>(db.integer(u"SELECT count(*) FROM sqlite_schema"_s));
    for (int i = 0; i < count; ++i) {
        const QString row = u"SELECT type || ' ' || name || ' on ' || tbl_name || char(10) || "
                            u"coalesce(sql, '(automatic)') FROM sqlite_schema "
                            u"ORDER BY type, name LIMIT 1 OFFSET %1"_s.arg(i);
        text += u"\n-- "_s + db.text(row) + u";\n"_s;
    }
    return text;
}

ScopedTimeZone::ScopedTimeZone(const char *zone)
    : m_previous(qgetenv("TZ"))
    , m_hadPrevious(qEnvironmentVariableIsSet("TZ"))
{
    qputenv("TZ", zone);
    ::tzset();
}

ScopedTimeZone::~ScopedTimeZone()
{
    if (m_hadPrevious)
        qputenv("TZ", m_previous);
    else
        qunsetenv("TZ");
    ::tzset();
}

namespace {
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (done) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return done;
}
} // namespace

ReadOnlyFolder::ReadOnlyFolder(QString path)
    : m_path(std::move(path))
{
    if (::geteuid() == 0) {
        m_immutable = setImmutable(m_path, true);
        m_how = u"immutable attribute"_s;
    } else {
        m_immutable = false;
        ::chmod(QFile::encodeName(m_path).constData(), 0555);
        m_how = u"mode 0555"_s;
    }
    QFile probe(m_path + u"/probe"_s);
    m_applied = !probe.open(QIODevice::WriteOnly);
    if (!m_applied)
        probe.remove();
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    release();
}

void ReadOnlyFolder::release()
{
    if (m_immutable)
        setImmutable(m_path, false);
    else
        ::chmod(QFile::encodeName(m_path).constData(), 0755);
    m_immutable = false;
}

FullDisk::FullDisk(QString folder, qint64 sizeBytes)
    : m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
    const QByteArray options = "size=" + QByteArray::number(sizeBytes);
    if (::mount("tmpfs", QFile::encodeName(m_folder).constData(), "tmpfs", 0, options.constData())
        == 0)
        m_mounted = true;
    else
        m_why = u"mount tmpfs on %1: %2 (the full-disk tests need root)"_s.arg(
            m_folder, QString::fromLocal8Bit(std::strerror(errno)));
}

FullDisk::~FullDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

qint64 FullDisk::fill()
{
    const QByteArray block(4096, '\0');
    QFile filler(m_folder + u"/filler"_s);
    if (filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        while (filler.write(block) == block.size()) { }
        filler.close();
    }
    // The last part of a block, and the room small new files would take.
    for (int i = 0; i < 64; ++i) {
        QFile extra(m_folder + u"/filler-%1"_s.arg(i));
        if (!extra.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            || extra.write(QByteArray(512, '\0')) != 512)
            break;
    }
    struct statvfs info
    {
    };
    if (::statvfs(QFile::encodeName(m_folder).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

void FullDisk::makeRoom()
{
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({u"filler*"_s}, QDir::Files))
        QFile::remove(dir.filePath(name));
}

} // namespace limber::testing
