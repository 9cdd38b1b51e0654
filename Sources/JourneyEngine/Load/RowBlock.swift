/// Rows of one kind read from one piece of a file, kept as parallel arrays.
struct RowBlock: Sendable {
  /// Values per row.
  let width: Int
  /// The contact of each row (a number local to the piece).
  var contacts: [Int32] = []
  /// The time of each row (events, changes, membership joins).
  var times: [Int64] = []
  /// The field of each change.
  var keys: [Int32] = []
  /// `width` values per row (`ValueCode` bits; strings as codes local to the piece).
  var values: [Int64] = []

  /// An empty block of `width` values per row.
  init(width: Int) {
    self.width = width
  }

  /// How many rows it holds.
  var count: Int { contacts.count }
}
