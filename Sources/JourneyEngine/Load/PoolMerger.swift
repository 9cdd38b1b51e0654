/// Merges the strings each piece interned into one pool per field or property, numbered in
/// order of first appearance across the files, and maps piece-local codes to pool codes.
struct PoolMerger {
  private let pools: [StringPool]
  private let remaps: [[[[Int32]]]]

  /// Merges the strings of `sources`.
  init(catalog: DataCatalog, sources: [DataLoader.ParsedSource]) {
    var globals = (0..<catalog.poolCount).map { _ in ByteInterner(capacity: 16) }
    remaps = sources.map { source in
      source.outputs.map { output in
        output.strings.enumerated().map { pool, strings in
          (0..<Int32(strings.count)).map { local in
            strings.withBytes(local) { globals[pool].intern($0) }
          }
        }
      }
    }
    pools = globals.map { StringPool($0.strings) }
  }

  /// The pool code of piece-local code `value` of pool `pool`.
  @inline(__always)
  func global(_ value: Int64, pool: Int, source: Int, piece: Int) -> Int64 {
    Int64(remaps[source][piece][pool][Int(value)])
  }

  /// The merged pool `pool`.
  func pool(_ pool: Int) -> StringPool {
    pools[pool]
  }
}
