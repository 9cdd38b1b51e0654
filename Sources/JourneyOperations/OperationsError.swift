import Foundation

/// Why live operation could not start or go on.
public enum OperationsError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Another process runs the journey now.
  case lockHeld(journeyID: String, holder: String, path: String)
  /// The lock file cannot be made or locked.
  case lockFailed(path: String, reason: String)
  /// The saved state cannot be read or written.
  case store(String)

  /// What is wrong and what to do.
  public var description: String {
    switch self {
    case .lockHeld(let journeyID, let holder, let path):
      return "journey \"\(journeyID)\" is being run by \(holder) (lock \(path)); "
        + "try again when it has finished"
    case .lockFailed(let path, let reason):
      return "cannot lock \(path): \(reason); check that the workspace's .journey folder is "
        + "writable"
    case .store(let reason):
      return reason
    }
  }
}
