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

} // namespace apdesk::sqlite
