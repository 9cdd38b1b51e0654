import JourneyModel

/// The column the journeys list is sorted by.
enum JourneySort: String, CaseIterable, Hashable, Sendable {
  /// By name, A to Z.
  case name
  /// By status (Active, Paused, Draft), then name.
  case status
  /// Most recently updated first.
  case updated

  /// The next column in the cycle name → status → updated.
  var next: JourneySort {
    let all = JourneySort.allCases
    let index = all.firstIndex(of: self) ?? 0
    return all[(index + 1) % all.count]
  }

  /// Orders `entries`; unreadable files go last, by file name.
  func sorted(_ entries: [JourneyEntry]) -> [JourneyEntry] {
    entries.sorted { left, right in
      guard let a = left.journey, let b = right.journey else {
        if left.journey != nil { return true }
        if right.journey != nil { return false }
        return left.url.lastPathComponent < right.url.lastPathComponent
      }
      switch self {
      case .name:
        return (a.name.lowercased(), a.id) < (b.name.lowercased(), b.id)
      case .status:
        let rank = { (status: JourneyStatusRank) in status.rawValue }
        let (ra, rb) = (rank(JourneyStatusRank(a.status)), rank(JourneyStatusRank(b.status)))
        return ra != rb ? ra < rb : a.name.lowercased() < b.name.lowercased()
      case .updated:
        return a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.id < b.id
      }
    }
  }
}

/// The order statuses are listed in: live journeys first.
enum JourneyStatusRank: Int {
  /// Active.
  case active
  /// Paused.
  case paused
  /// Draft.
  case draft

  /// The rank of `status`.
  init(_ status: JourneyModel.JourneyStatus) {
    switch status {
    case .active: self = .active
    case .paused: self = .paused
    case .draft: self = .draft
    }
  }
}
