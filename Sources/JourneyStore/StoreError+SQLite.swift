import CSQLite

extension StoreError {
  /// The error for an SQLite result code, keeping SQLite's own message and the file's path.
  init(code: Int32, message: String, path: String) {
    switch code & 0xFF {
    case SQLITE_BUSY, SQLITE_LOCKED:
      self = .locked(path: path, message: message)
    case SQLITE_FULL:
      self = .diskFull(path: path, message: message)
    case SQLITE_READONLY, SQLITE_PERM:
      self = .readOnly(path: path, message: message)
    case SQLITE_NOTADB:
      self = .notADatabase(path: path, message: message)
    case SQLITE_CORRUPT:
      self = .corrupt(path: path, message: message)
    case SQLITE_IOERR:
      self = .ioFailure(path: path, message: message)
    case SQLITE_CANTOPEN:
      self = .cannotOpen(path: path, message: message)
    case SQLITE_CONSTRAINT:
      self = .rejected(path: path, message: message)
    default:
      self = .sqlite(path: path, code: code, message: message)
    }
  }
}
