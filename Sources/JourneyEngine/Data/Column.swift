import JourneyModel

/// The values of one field (or event property) for every row, stored by type: `Double` for
/// numbers, `Int64` instants for dates, `UInt8` for bools (2 = missing) and `Int32` pool codes
/// for strings (-1 = missing).
public struct Column: Sendable {
  /// The typed storage.
  enum Storage: Sendable {
    case numbers([Double])
    case instants([Int64])
    case flags([UInt8])
    case codes([Int32])
  }

  /// The field's type.
  public let type: FieldType
  /// The strings of a string column; empty for other types.
  public let pool: StringPool
  /// The values.
  let storage: Storage

  /// Packs `raw` (the bits of one `ValueCode` per row) into typed storage.
  init(type: FieldType, raw: [Int64], pool: StringPool) {
    self.type = type
    self.pool = pool
    let missing = ValueCode.missing.raw
    switch type {
    case .number:
      storage = .numbers(raw.map { $0 == missing ? Double.nan : ValueCode(raw: $0).number })
    case .date:
      storage = .instants(raw)
    case .bool:
      storage = .flags(raw.map { $0 == missing ? 2 : UInt8(truncatingIfNeeded: $0) })
    case .string:
      storage = .codes(raw.map { $0 == missing ? -1 : Int32(truncatingIfNeeded: $0) })
    }
  }

  /// An empty column.
  init(type: FieldType) {
    self.init(type: type, raw: [], pool: StringPool())
  }

  /// The number of rows.
  public var count: Int {
    switch storage {
    case .numbers(let values): return values.count
    case .instants(let values): return values.count
    case .flags(let values): return values.count
    case .codes(let values): return values.count
    }
  }

  /// The value of row `row`.
  @inline(__always)
  public subscript(row: Int) -> ValueCode {
    switch storage {
    case .numbers(let values):
      let value = values[row]
      return value.isNaN ? .missing : ValueCode(number: value)
    case .instants(let values):
      return ValueCode(instant: values[row])
    case .flags(let values):
      let value = values[row]
      return value > 1 ? .missing : ValueCode(flag: value == 1)
    case .codes(let values):
      let value = values[row]
      return value < 0 ? .missing : ValueCode(code: value)
    }
  }

  /// The bytes the column's values take.
  var byteCount: Int {
    switch storage {
    case .numbers(let values): return values.count * 8
    case .instants(let values): return values.count * 8
    case .flags(let values): return values.count
    case .codes(let values): return values.count * 4
    }
  }
}
