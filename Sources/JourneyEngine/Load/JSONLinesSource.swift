import Foundation
import JourneyModel

/// Reads a JSON Lines data source.
enum JSONLinesSource {
  /// Parses `data` as one JSON object per line.
  static func parse(
    _ data: Data, source: DataSource, role: SourceLayout.Role, catalog: DataCatalog,
    options: LoadOptions
  ) throws(LoadError) -> DataLoader.ParsedSource {
    throw .badSource(path: source.path, reason: "JSON Lines files are not read yet")
  }
}
