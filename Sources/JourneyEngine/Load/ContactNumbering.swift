/// Numbers every contact of every source densely, in ascending order of id bytes, and maps
/// each piece's local contact numbers to those final numbers.
struct ContactNumbering {
  /// Contact ids, ascending.
  let ids: [String]
  private let pieceRanks: [[[Int32]]]

  /// Numbers the contacts of `sources`.
  init(sources: [DataLoader.ParsedSource]) {
    let expected = sources.flatMap(\.outputs).map(\.contacts.count).max() ?? 0
    var global = ByteInterner(capacity: max(1024, expected))
    let globalIDs: [[[Int32]]] = sources.map { source in
      source.outputs.map { output in
        (0..<Int32(output.contacts.count)).map { local in
          output.contacts.withBytes(local) { global.intern($0) }
        }
      }
    }
    let order = global.sortedIDs()
    var rank = [Int32](repeating: 0, count: order.count)
    for (position, id) in order.enumerated() { rank[Int(id)] = Int32(position) }
    ids = order.map { global.string($0) }
    pieceRanks = globalIDs.map { pieces in pieces.map { ids in ids.map { rank[Int($0)] } } }
  }

  /// Final numbers of the local contact numbers of piece `piece` of source `source`.
  func ranks(source: Int, piece: Int) -> [Int32] {
    pieceRanks[source][piece]
  }
}
