/// A key the user pressed, possibly with Alt held.
///
/// Every key has a stable text name (`"ctrl-s"`, `"enter"`, `"pgdn"`, `"?"`, `"alt-x"`) that
/// `init?(name:)` parses back, so key maps can live in config files. Shift is not a modifier:
/// `"A"` and `"a"` are different characters, and Shift-Tab is `backtab`.
public struct Key: Hashable, Sendable, CustomStringConvertible {
  /// Which key, without the Alt modifier.
  public enum Code: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward delete).
    case delete
    /// Insert.
    case insert
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// A function key, F1 to F63.
    case function(Int)
    /// Ctrl with a letter, stored in lower case (`ctrl("c")` for Ctrl-C).
    case ctrl(Character)
  }

  /// Which key was pressed.
  public var code: Code

  /// True when Alt (Meta) was held.
  public var alt: Bool

  /// Creates a key from its code and Alt state.
  public init(_ code: Code, alt: Bool = false) {
    self.code = code
    self.alt = alt
  }

  /// A printable character key.
  public static func character(_ character: Character) -> Key {
    Key(.character(character))
  }

  /// Ctrl with a letter; the letter is stored in lower case.
  public static func ctrl(_ letter: Character) -> Key {
    let lower = letter.lowercased()
    return Key(.ctrl(lower.count == 1 ? Character(lower) : letter))
  }

  /// A function key, `function(1)` for F1.
  public static func function(_ number: Int) -> Key {
    Key(.function(number))
  }

  /// `key` with Alt held.
  public static func alt(_ key: Key) -> Key {
    Key(key.code, alt: true)
  }

  /// Enter.
  public static let enter = Key(.enter)
  /// Escape.
  public static let escape = Key(.escape)
  /// Tab.
  public static let tab = Key(.tab)
  /// Shift-Tab.
  public static let backTab = Key(.backTab)
  /// Backspace.
  public static let backspace = Key(.backspace)
  /// Delete.
  public static let delete = Key(.delete)
  /// Insert.
  public static let insert = Key(.insert)
  /// Arrow up.
  public static let up = Key(.up)
  /// Arrow down.
  public static let down = Key(.down)
  /// Arrow left.
  public static let left = Key(.left)
  /// Arrow right.
  public static let right = Key(.right)
  /// Home.
  public static let home = Key(.home)
  /// End.
  public static let end = Key(.end)
  /// Page Up.
  public static let pageUp = Key(.pageUp)
  /// Page Down.
  public static let pageDown = Key(.pageDown)

  /// The printable character, when the key is one without Alt.
  public var character: Character? {
    if case .character(let character) = code, !alt {
      return character
    }
    return nil
  }

  /// The key's stable name, the same as `name`.
  public var description: String { name }
}
