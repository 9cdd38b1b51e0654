import Foundation

/// Reads CSV (RFC 4180) fast, straight from the file's bytes.
///
/// Quoted fields may hold separators, line breaks and doubled quotes (`""`); a UTF-8 byte
/// order mark is skipped; lines end with LF or CRLF, the last one optionally without;
/// empty lines are skipped. Records are lent to a visitor without copying their fields.
public struct CSVReader: Sendable {
  /// How fields are separated.
  public let separator: CSVSeparator

  private let data: Data

  /// Reads CSV held in memory.
  public init(data: Data, separator: CSVSeparator = .comma) {
    self.data = data
    self.separator = separator
  }

  /// Reads CSV text.
  public init(text: String, separator: CSVSeparator = .comma) {
    self.init(data: Data(text.utf8), separator: separator)
  }

  /// Reads a CSV file, mapped into memory rather than copied when the system allows it.
  public init(contentsOf url: URL, separator: CSVSeparator = .comma) throws(CSVError) {
    do {
      data = try Data(contentsOf: url, options: .alwaysMapped)
    } catch {
      throw .unreadableFile(path: url.path, reason: CSVReader.reason(for: error))
    }
    self.separator = separator
  }

  /// Calls `body` with every record in file order; the first is skipped when asked.
  ///
  /// The record is valid only during the call. Throws `CSVError` for malformed input,
  /// and passes on whatever `body` throws.
  public func forEachRecord(
    skippingHeader: Bool = false, _ body: (CSVRecord) throws -> Void
  ) throws {
    try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws -> Void in
      var parser = CSVParser(bytes: bytes, separator: separator)
      if skippingHeader { _ = try parser.next() }
      while let record = try parser.next() {
        try body(record)
      }
    }
  }

  /// The first record read as a header row.
  public func header() throws(CSVError) -> CSVHeader {
    let names = try withParser { (parser: inout CSVParser) throws(CSVError) in
      try parser.next()?.strings()
    }
    guard let names else { throw .missingHeader }

    return CSVHeader(names: names)
  }

  /// Every record as strings, exactly as written; meant for small files.
  public func allRecords() throws(CSVError) -> [[String]] {
    try withParser { (parser: inout CSVParser) throws(CSVError) in
      var records: [[String]] = []
      while let record = try parser.next() {
        records.append(try record.strings())
      }
      return records
    }
  }

  /// Runs `body` with a parser over the bytes, keeping its typed error.
  private func withParser<Value>(
    _ body: (inout CSVParser) throws(CSVError) -> Value
  ) throws(CSVError) -> Value {
    let result = data.withUnsafeBytes { bytes -> Result<Value, CSVError> in
      var parser = CSVParser(bytes: bytes, separator: separator)
      do throws(CSVError) {
        return .success(try body(&parser))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// A short reason for a failed read, such as "No such file or directory".
  private static func reason(for error: any Error) -> String {
    if let cocoa = error as? CocoaError, let posix = cocoa.underlying as? POSIXError {
      return String(cString: strerror(posix.code.rawValue))
    }
    return error.localizedDescription
  }
}
