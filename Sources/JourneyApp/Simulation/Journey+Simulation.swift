import JourneyModel

extension Journey {
  /// True when `other` runs exactly like this journey: everything equal but the time of the
  /// last save, which saving changes without changing what the journey does.
  func runsLike(_ other: Journey) -> Bool {
    var copy = other
    copy.updatedAt = updatedAt
    return copy == self
  }
}
