/// How the fields of a CSV line are separated.
public struct CSVSeparator: Sendable, Hashable, CustomStringConvertible {
  /// The separating byte, or nil for runs of spaces and tabs.
  public let byte: UInt8?

  /// Fields separated by commas, as RFC 4180 says.
  public static let comma = CSVSeparator(uncheckedByte: UInt8(ascii: ","))

  /// Fields separated by semicolons, common in European spreadsheet exports.
  public static let semicolon = CSVSeparator(uncheckedByte: UInt8(ascii: ";"))

  /// Fields separated by tabs.
  public static let tab = CSVSeparator(uncheckedByte: 0x09)

  /// Fields separated by runs of spaces or tabs, blanks at both ends of a line ignored, as
  /// in old fixed-width exports.
  public static let whitespace = CSVSeparator(uncheckedByte: nil)

  /// A single-byte separator, or nil for bytes that cannot separate fields (a quote, CR, LF).
  public init?(byte: UInt8) {
    guard byte != UInt8(ascii: "\""), byte != 0x0A, byte != 0x0D else { return nil }

    self.init(uncheckedByte: byte)
  }

  /// Reads a separator from settings: one ASCII character such as "," or "|", or one of the
  /// names "comma", "semicolon", "tab", "pipe" and "whitespace".
  public init?(name: String) {
    switch name {
    case "comma": self = .comma
    case "semicolon": self = .semicolon
    case "tab", "\\t": self = .tab
    case "pipe": self = CSVSeparator(uncheckedByte: UInt8(ascii: "|"))
    case "whitespace": self = .whitespace
    default:
      let bytes = Array(name.utf8)
      guard bytes.count == 1, bytes[0] < 0x80 else { return nil }
      self.init(byte: bytes[0])
    }
  }

  private init(uncheckedByte byte: UInt8?) {
    self.byte = byte
  }

  /// The name `init(name:)` reads back: "comma", "tab", "whitespace" or the character.
  public var name: String {
    switch byte {
    case nil: return "whitespace"
    case UInt8(ascii: ","): return "comma"
    case UInt8(ascii: ";"): return "semicolon"
    case 0x09: return "tab"
    case UInt8(ascii: "|"): return "pipe"
    case let byte?: return String(decoding: [byte], as: UTF8.self)
    }
  }

  /// The name.
  public var description: String { name }
}
