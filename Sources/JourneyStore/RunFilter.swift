/// Which runs a history query reads: its SQL condition on `runs` uses parameter `?1`.
enum RunFilter {
  /// The runs of one journey.
  case journey(String)

  /// The one run with this history id.
  case run(Int64)

  /// The condition on the `runs` table.
  var condition: String {
    switch self {
    case .journey: return "journey_id = ?1"
    case .run: return "id = ?1"
    }
  }

  /// The query for the ids of the chosen runs, newest first, up to the limit in `?2`.
  var runIDs: String {
    "SELECT id FROM runs WHERE \(condition) ORDER BY id DESC LIMIT ?2"
  }

  /// Binds the filter's value as `?1` and `limit` (nil: no limit) as `?2`.
  func bind(to statement: Statement, limit: Int?) throws {
    switch self {
    case .journey(let journeyID): try statement.bind(journeyID, at: 1)
    case .run(let id): try statement.bind(id, at: 1)
    }
    try statement.bind(limit.map { max(0, $0) } ?? -1, at: 2)
  }
}
