import TextFormats

/// A workspace file that could not be read: which file, where, and what was expected.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file, as the user named it; empty when reading text not from a file.
  public var file: String
  /// Where in the file; nil when the problem is the file as a whole.
  public var position: TextPosition?
  /// What is wrong and what to do.
  public var message: String

  /// Creates an error.
  public init(file: String = "", at position: TextPosition? = nil, _ message: String) {
    self.file = file
    self.position = position
    self.message = message
  }

  /// `file:line:column: message`, as compilers print it.
  public var description: String {
    var prefix = file
    if let position {
      prefix += prefix.isEmpty ? "\(position)" : ":\(position)"
    }
    return prefix.isEmpty ? message : "\(prefix): \(message)"
  }

  /// The same error, naming `file`.
  public func inFile(_ file: String) -> FormatError {
    var copy = self
    copy.file = file
    return copy
  }
}
