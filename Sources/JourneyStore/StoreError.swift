/// What went wrong with a database file, with the SQLite message, the path and what to do.
public enum StoreError: Error, Equatable, Sendable {
  /// The workspace folder given to the store does not exist or is not a folder.
  case workspaceMissing(path: String)

  /// The folder that holds the database could not be created.
  case folderNotCreated(path: String, reason: String)

  /// SQLite could not open or create the file.
  case cannotOpen(path: String, message: String)

  /// Another process holds a lock on the database for longer than the busy timeout.
  case locked(path: String, message: String)

  /// The disk (or a quota) is full.
  case diskFull(path: String, message: String)

  /// The file or its folder cannot be written.
  case readOnly(path: String, message: String)

  /// The file exists but is not an SQLite database.
  case notADatabase(path: String, message: String)

  /// The file is an SQLite database whose pages are damaged.
  case corrupt(path: String, message: String)

  /// Reading or writing the file failed at the operating-system level.
  case ioFailure(path: String, message: String)

  /// The file is an SQLite database that belongs to another program.
  case foreignDatabase(path: String, applicationID: Int32)

  /// The file was written by a newer program whose schema this one does not know.
  case newerSchema(path: String, found: Int, supported: Int)

  /// The database refused a row (a constraint such as a negative count failed).
  case rejected(path: String, message: String)

  /// A stored value cannot be read back as the type the program expects.
  case unreadableValue(path: String, column: String, value: String)

  /// No run with this id is stored.
  case runNotFound(path: String, id: Int64)

  /// Any other SQLite failure, with its extended result code.
  case sqlite(path: String, code: Int32, message: String)
}

extension StoreError: CustomStringConvertible {
  /// One sentence saying what is wrong and what to do about it.
  public var description: String {
    switch self {
    case .workspaceMissing(let path):
      return "the workspace folder '\(path)' does not exist: check the path or create it first."
    case .folderNotCreated(let path, let reason):
      return "cannot create the folder '\(path)' (\(reason)): move aside what is in its "
        + "place, make the workspace writable, and run again."
    case .cannotOpen(let path, let message):
      return "cannot open the database '\(path)' (\(message)): check that its folder exists "
        + "and is writable."
    case .locked(let path, let message):
      return "the database '\(path)' is locked by another process (\(message)): let the other "
        + "journey command finish or close it, and run again."
    case .diskFull(let path, let message):
      return "the disk is full while writing '\(path)' (\(message)): free space and run again."
    case .readOnly(let path, let message):
      return "cannot write to the database '\(path)' (\(message)): make the file and its folder "
        + "writable and run again."
    case .notADatabase(let path, let message):
      return "'\(path)' is not an SQLite database (\(message)): move it aside and run again to "
        + "start a new one."
    case .corrupt(let path, let message):
      return "the database '\(path)' is damaged (\(message)): move it aside and run again to "
        + "start a new one."
    case .ioFailure(let path, let message):
      return "reading or writing '\(path)' failed (\(message)): check the disk and run again."
    case .foreignDatabase(let path, let applicationID):
      return "'\(path)' is a database of another program (application id \(applicationID)): "
        + "move it aside and run again to start a new one."
    case .newerSchema(let path, let found, let supported):
      return "the database '\(path)' has schema version \(found), newer than the version "
        + "\(supported) this program knows: upgrade journey, or move the file aside to start "
        + "a new one."
    case .rejected(let path, let message):
      return "the database '\(path)' refused a row (\(message)): nothing of this batch was "
        + "saved; report this as a bug in journey."
    case .unreadableValue(let path, let column, let value):
      return "the database '\(path)' holds an unreadable \(column) '\(value)': it was changed "
        + "by another program; move it aside to start a new one."
    case .runNotFound(let path, let id):
      return "there is no run with id \(id) in '\(path)': list the runs to find a valid id."
    case .sqlite(let path, let code, let message):
      return "SQLite error \(code) on '\(path)' (\(message)): run again; if it persists, move "
        + "the file aside."
    }
  }
}
