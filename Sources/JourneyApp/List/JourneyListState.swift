import Foundation

/// The journeys list: every file, the sort and filter, and the selection.
struct JourneyListState {
  /// Every journey file of the workspace, in file-name order.
  private(set) var entries: [JourneyEntry]
  /// The sort column.
  private(set) var sort: JourneySort = .name
  /// The filter text; empty shows everything.
  private(set) var filter = ""
  /// The entries shown, sorted and filtered.
  private(set) var visible: [JourneyEntry] = []
  /// The selected row of `visible`.
  private(set) var selection = 0
  /// The first row shown.
  var offset = 0

  /// Creates the list of `entries`.
  init(entries: [JourneyEntry]) {
    self.entries = entries
    rebuild(keeping: nil)
  }

  /// The selected entry, if any.
  var selected: JourneyEntry? {
    visible.indices.contains(selection) ? visible[selection] : nil
  }

  /// Replaces the entries (after a reload), keeping the selection on `url` when given.
  mutating func replace(_ entries: [JourneyEntry], select url: URL? = nil) {
    self.entries = entries
    rebuild(keeping: url ?? selected?.url)
  }

  /// Sorts by the next column.
  mutating func cycleSort() {
    sort = sort.next
    rebuild(keeping: selected?.url)
  }

  /// Shows only entries whose name or id contains `text`, ignoring case.
  mutating func setFilter(_ text: String) {
    filter = text
    rebuild(keeping: selected?.url)
  }

  /// Selects row `index`, clamped.
  mutating func select(_ index: Int) {
    selection = min(max(index, 0), max(visible.count - 1, 0))
  }

  /// Scrolls so the selection is among `height` rows.
  mutating func scroll(height: Int) {
    offset = Scrolling.offset(
      current: offset, selected: selection, count: visible.count, height: height)
  }

  private mutating func rebuild(keeping url: URL?) {
    let needle = filter.lowercased()
    let shown = needle.isEmpty ? entries : entries.filter { $0.searchText.contains(needle) }
    visible = sort.sorted(shown)
    if let url, let index = visible.firstIndex(where: { $0.url == url }) {
      selection = index
    } else {
      select(selection)
    }
  }
}
