import JourneyModel

/// One profile field or event property value packed into 64 bits, read by its field's type.
///
/// A number is the bit pattern of a `Double`, a date an instant in seconds since 1970, a bool
/// 0 or 1, a string its code in the field's `StringPool`. One NaN pattern marks a missing
/// value for every type: parsed numbers are never NaN and no instant is that large.
public struct ValueCode: Hashable, Sendable {
  /// The packed bits.
  public let raw: Int64

  /// Wraps packed bits.
  @inline(__always)
  public init(raw: Int64) {
    self.raw = raw
  }

  /// The missing value.
  public static let missing = ValueCode(raw: Int64(bitPattern: 0x7FF8_0000_DEAD_BEEF))

  /// A number.
  @inline(__always)
  public init(number: Double) {
    raw = Int64(bitPattern: number.bitPattern)
  }

  /// A date, as an instant.
  @inline(__always)
  public init(instant: Int64) {
    raw = instant
  }

  /// A bool.
  @inline(__always)
  public init(flag: Bool) {
    raw = flag ? 1 : 0
  }

  /// A string, by its code in the field's pool.
  @inline(__always)
  public init(code: Int32) {
    raw = Int64(code)
  }

  /// True when the value is missing.
  @inline(__always)
  public var isMissing: Bool { raw == ValueCode.missing.raw }

  /// The value read as a number.
  @inline(__always)
  public var number: Double { Double(bitPattern: UInt64(bitPattern: raw)) }

  /// The value read as an instant.
  @inline(__always)
  public var instant: Int64 { raw }

  /// The value read as a bool.
  @inline(__always)
  public var flag: Bool { raw != 0 }

  /// The value read as a string code.
  @inline(__always)
  public var code: Int32 { Int32(truncatingIfNeeded: raw) }
}
