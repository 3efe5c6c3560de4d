#pragma once

#include <QStringList>

#include <memory>

namespace limber {

/// Finds and loads one of Limber's modules: parts in libraries of their own
/// (limber-audio, limber-print) whose Qt libraries take milliseconds to load,
/// so the program does not link them and loads each when it is first needed,
/// after the window's first frame. A loaded module stays loaded until the
/// program ends.
class ModuleLoader
{
public:
    /// \a fileName without its suffix (which QLibrary adds); \a pathVariable
    /// names an environment variable that, when set, names the file to try
    /// first (the tests, which run from their own folders, set it).
    constexpr ModuleLoader(const char *fileName, const char *pathVariable)
        : m_fileName(fileName)
        , m_pathVariable(pathVariable)
    { }

    /// Where the module is looked for, first match wins: the file named by
    /// the path variable, beside the program (a build tree, Windows, macOS),
    /// then the private folder modules are installed in on Linux
    /// (lib/limber/modules).
    QStringList searchPaths() const;

    /// What the entry point \a entryPoint, a function that takes nothing and
    /// returns a new Interface, makes; null when no module gives it.
    template<typename Interface>
    std::unique_ptr<Interface> make(const QStringList &paths, const char *entryPoint) const
    {
        using Make = Interface *(*)();
        if (const auto entry = reinterpret_cast<Make>(resolve(paths, entryPoint)))
            return std::unique_ptr<Interface>(entry());
        return nullptr;
    }

private:
    /// \a entryPoint in the first of \a paths (with or without the file's
    /// suffix) that loads and has it; null, with every path's problem in the
    /// log, when none does.
    QFunctionPointer resolve(const QStringList &paths, const char *entryPoint) const;

    const char *m_fileName;
    const char *m_pathVariable;
};

} // namespace limber
