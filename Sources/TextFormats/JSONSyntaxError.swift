/// A JSON text that could not be read, with the place and what was expected there.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Where the problem is.
  public var position: TextPosition
  /// What is wrong, e.g. "expected ',' or '}' after an object member".
  public var message: String

  /// Creates an error.
  public init(at position: TextPosition, _ message: String) {
    self.position = position
    self.message = message
  }

  /// `line:column: message`.
  public var description: String { "\(position): \(message)" }
}
