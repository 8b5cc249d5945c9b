#pragma once

#include "sqlite/result.h"

#include <QString>

namespace apdesk::sqlite {

// The files of a database hold personal data (NIRs): only their owner may read them.

// Creates an empty file that only its owner can read and write (0600), before SQLite or
// VACUUM INTO would create it with the umask's permissions. Fails when the file exists.
Result<> createPrivateFile(const QString &path);

// Narrows an existing file's permissions to its owner's reading and writing (0600).
Result<> makePrivate(const QString &path);

// A file that other programs write (QSettings' apdesk.ini): created empty and private when it
// does not exist yet, narrowed to its owner when it does. Qt's writers keep the permissions of
// the file they replace.
Result<> ensurePrivateFile(const QString &path);

// Creates the folder (and its parents) when missing, and narrows it to its owner (0700).
Result<> makePrivateFolder(const QString &path);

} // namespace apdesk::sqlite
