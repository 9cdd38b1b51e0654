import Foundation
import TextFormats

/// Parses one piece of a CSV file. A malformed record (a stray or unclosed quote) is a bad
/// row: reading resumes on the next line when bad rows are skipped.
enum CSVChunkReader {
  /// Thrown from the record visitor to stop reading once a bad row ends the load.
  private struct Stop: Error {}

  /// Reads `chunk` of `data`.
  static func read(
    _ data: Data, chunk: ChunkPlanner.Chunk, separator: CSVSeparator, layout: SourceLayout,
    catalog: DataCatalog, skipBadRows: Bool
  ) -> ChunkParser.Output {
    var parser = ChunkParser(
      layout: layout, catalog: catalog, skipBadRows: skipBadRows,
      lineOffset: chunk.linesBefore)
    var start = chunk.range.lowerBound
    while start < chunk.range.upperBound {
      let reader = CSVReader(data: data[start..<chunk.range.upperBound], separator: separator)
      do {
        try reader.forEachRecord { record in
          parser.consume(record)
          if parser.stopped { throw Stop() }
        }
        break
      } catch let error as CSVError {
        guard let (line, reason) = describe(error) else { break }
        parser.reject(line: line, reason: reason)
        if parser.stopped { break }
        // TODO: reading resumes on the next physical line, which can fall inside a quoted
        // field that spans lines, so one broken record may be reported as several bad rows.
        let skipped = data.withUnsafeBytes { bytes in
          offset(afterLines: line, in: bytes, from: start, end: chunk.range.upperBound)
        }
        start = skipped
        parser.lineOffset += line
      } catch {
        break
      }
    }
    return parser.output
  }

  /// The local line and the reason of a malformed record; nil for other errors.
  private static func describe(_ error: CSVError) -> (Int, String)? {
    switch error {
    case .unterminatedQuote(let line, let field):
      return (line, "field \(field) opens a quote that is never closed")
    case .quoteInUnquotedField(let line, let field):
      return (line, "field \(field) has a quote inside a value that is not quoted; quote "
        + "the whole value and double the quote")
    case .textAfterClosingQuote(let line, let field):
      return (line, "field \(field) has text after its closing quote")
    case .invalidUTF8(let line, let field):
      return (line, "field \(field) is not valid UTF-8")
    case .unreadableFile, .missingHeader, .missingColumns:
      return nil
    }
  }

  /// The offset just after the `lines`-th line feed from `start`, or `end`.
  private static func offset(
    afterLines lines: Int, in bytes: UnsafeRawBufferPointer, from start: Int, end: Int
  ) -> Int {
    var remaining = lines
    var index = start
    while index < end {
      if bytes[index] == 0x0A {
        remaining -= 1
        if remaining == 0 { return index + 1 }
      }
      index += 1
    }
    return end
  }
}
