#pragma once

#include "core/util/error.h"

#include <QString>

namespace limber {

/// The folder for the database and (with --data-dir) the settings: the one
/// asked for, or the platform's application data folder. Creates it when
/// missing; one that exists but is read-only is accepted (the history is
/// then shown read-only). Returns the absolute path, or an error that names
/// the folder.
Result<QString> prepareDataDir(const QString &requested);

} // namespace limber
