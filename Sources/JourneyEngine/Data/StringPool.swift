/// The distinct strings of one field or property; columns hold their codes (dictionary
/// encoding). Codes follow the order in which values first appear in the data files.
public struct StringPool: Sendable {
  /// The strings, by code.
  public private(set) var values: [String] = []
  private var codes: [String: Int32] = [:]

  /// An empty pool.
  public init() {}

  /// A pool of `values`, in order; repeated values keep their first code.
  public init(_ values: [String]) {
    for value in values { _ = intern(value) }
  }

  /// The code of `value`, adding it when new.
  public mutating func intern(_ value: String) -> Int32 {
    if let code = codes[value] { return code }
    let code = Int32(values.count)
    values.append(value)
    codes[value] = code
    return code
  }

  /// The code of `value`, or nil when the data never holds it.
  public func code(of value: String) -> Int32? {
    codes[value]
  }

  /// The string of `code`; empty for a code outside the pool.
  public func string(_ code: Int32) -> String {
    values.indices.contains(Int(code)) ? values[Int(code)] : ""
  }

  /// How many distinct strings the pool holds.
  public var count: Int { values.count }
}
