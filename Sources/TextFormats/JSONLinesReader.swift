import Foundation

/// Reads JSON Lines: one JSON object per line, blank lines skipped.
///
/// Each object becomes a `JSONLinesRecord` of trimmed text values with its line number;
/// a line that is not an object, or not valid JSON, is an error naming the line.
public struct JSONLinesReader: Sendable {
  private let data: Data

  /// Reads JSON Lines held in memory.
  public init(data: Data) {
    self.data = data
  }

  /// Reads JSON Lines text.
  public init(text: String) {
    self.init(data: Data(text.utf8))
  }

  /// Reads a JSON Lines file, mapped into memory when the system allows it.
  public init(contentsOf url: URL) throws(JSONLinesError) {
    do {
      // TODO: a mapped file truncated by another program while it is read ends the process
      // with SIGBUS; copying instead would cost a second pass over large files.
      data = try Data(contentsOf: url, options: .alwaysMapped)
    } catch {
      throw .unreadableFile(path: url.path, reason: JSONLinesReader.reason(for: error))
    }
  }

  /// Calls `body` with every record in file order; passes on what `body` throws.
  public func forEachRecord(_ body: (JSONLinesRecord) throws -> Void) throws {
    try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws -> Void in
      var scanner = JSONLinesScanner()
      try JSONLinesReader.forEachLine(in: bytes) { line, number throws in
        if let record = try scanner.read(line, line: number) { try body(record) }
      }
    }
  }

  /// Every record; meant for small files.
  public func allRecords() throws(JSONLinesError) -> [JSONLinesRecord] {
    let result = data.withUnsafeBytes { bytes -> Result<[JSONLinesRecord], JSONLinesError> in
      var scanner = JSONLinesScanner()
      var records: [JSONLinesRecord] = []
      do {
        try JSONLinesReader.forEachLine(in: bytes) { line, number throws in
          if let record = try scanner.read(line, line: number) { records.append(record) }
        }
        return .success(records)
      } catch let error as JSONLinesError {
        return .failure(error)
      } catch {
        return .success(records)
      }
    }
    return try result.get()
  }

  /// Splits bytes into lines (LF or CRLF), skipping a UTF-8 byte order mark.
  private static func forEachLine(
    in bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer, Int) throws -> Void
  ) throws {
    guard let base = bytes.baseAddress else { return }

    let hasMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    var start = hasMark ? 3 : 0
    var number = 1
    while start < bytes.count {
      let found = memchr(base + start, 0x0A, bytes.count - start)
      let end = found.map { UnsafeRawPointer($0) - base } ?? bytes.count
      try body(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), number)
      start = end + 1
      number += 1
    }
  }

  /// A short reason for a failed read, such as "No such file or directory".
  private static func reason(for error: any Error) -> String {
    if let cocoa = error as? CocoaError, let posix = cocoa.underlying as? POSIXError {
      return String(cString: strerror(posix.code.rawValue))
    }
    return error.localizedDescription
  }
}
