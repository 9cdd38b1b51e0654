/// Stable ids made from text fields: the same fields give the same id in every process and
/// on every machine (unlike Swift's seeded `Hasher`).
///
/// The id is the 128-bit FNV-1a hash of the fields, each followed by a zero byte so that
/// ("ab", "c") and ("a", "bc") differ, written as 32 lower-case hex digits.
public enum StableID {
  /// The id of `fields`.
  public static func of(_ fields: [String]) -> String {
    var bytes: [UInt8] = []
    for field in fields {
      bytes += field.utf8
      bytes.append(0)
    }
    return fnv1a(bytes)
  }

  /// The 128-bit FNV-1a hash of `bytes` as 32 hex digits.
  static func fnv1a(_ bytes: [UInt8]) -> String {
    var high: UInt64 = 0x6C62_272E_07BB_0142
    var low: UInt64 = 0x62B8_2175_6295_C58D
    for byte in bytes {
      // Multiply by the prime 2^88 + 0x13B modulo 2^128, on two 64-bit halves.
      low ^= UInt64(byte)
      let product = low.multipliedFullWidth(by: 0x13B)
      high = high &* 0x13B &+ product.high &+ (low << 24)
      low = product.low
    }
    return hex(high) + hex(low)
  }

  /// `value` as 16 hex digits.
  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
