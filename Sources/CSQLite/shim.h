#ifndef JOURNEYS_CSQLITE_SHIM_H
#define JOURNEYS_CSQLITE_SHIM_H

#include <sqlite3.h>

/// The destructor value that tells SQLite to copy bound text and blobs at once.
/// `SQLITE_TRANSIENT` is a cast macro, which Swift cannot import.
static inline sqlite3_destructor_type journeys_sqlite_transient(void) {
  return SQLITE_TRANSIENT;
}

#endif
