import Foundation

/// Reads CSV (RFC 4180) fast, straight from the file's bytes.
///
/// Quoted fields may hold separators, line breaks and doubled quotes (`""`); a UTF-8 byte
/// order mark is skipped; lines end with LF or CRLF, the last one optionally without;
/// empty lines are skipped. Records are lent to a visitor without copying their fields.
public struct CSVReader: Sendable {
  /// How fields are separated.
  public let separator: CSVSeparator

  /// The number of the line the bytes start on: 1 unless the reader is a part of a file.
  public let firstLine: Int

  private let data: Data

  /// Reads CSV held in memory.
  public init(data: Data, separator: CSVSeparator = .comma) {
    self.init(data: data, separator: separator, firstLine: 1)
  }

  /// Reads the part of a file that starts on line `firstLine`.
  private init(data: Data, separator: CSVSeparator, firstLine: Int) {
    self.data = data
    self.separator = separator
    self.firstLine = firstLine
  }

  /// Reads CSV text.
  public init(text: String, separator: CSVSeparator = .comma) {
    self.init(data: Data(text.utf8), separator: separator)
  }

  /// Reads a CSV file, mapped into memory rather than copied when the system allows it.
  public init(contentsOf url: URL, separator: CSVSeparator = .comma) throws(CSVError) {
    do {
      // TODO: a mapped file truncated by another program while it is read ends the process
      // with SIGBUS; copying instead would cost a second pass over large files.
      data = try Data(contentsOf: url, options: .alwaysMapped)
    } catch {
      throw .unreadableFile(path: url.path, reason: CSVReader.reason(for: error))
    }
    self.separator = separator
    firstLine = 1
  }

  /// Calls `body` with every record in file order; the first is skipped when asked.
  ///
  /// The record is valid only during the call. Throws `CSVError` for malformed input,
  /// and passes on whatever `body` throws.
  public func forEachRecord(
    skippingHeader: Bool = false, _ body: (CSVRecord) throws -> Void
  ) throws {
    try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) throws -> Void in
      var parser = CSVParser(bytes: bytes, separator: separator, firstLine: firstLine)
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

  /// Splits the input into up to `count` readers over consecutive runs of whole records,
  /// so that several threads can read one file; records keep the file's line numbers.
  ///
  /// Only the first part holds the header row. A split never falls inside a quoted field,
  /// provided the file is well formed; when parts of a malformed file fail, report the
  /// error of the earliest part, which is the one a single reader would have met first.
  /// Inputs under `minimumPartSize` bytes per part are split into fewer parts.
  public func split(into count: Int, minimumPartSize: Int = 1 << 20) -> [CSVReader] {
    let starts = data.withUnsafeBytes { bytes in
      CSVReader.partStarts(
        in: bytes.assumingMemoryBound(to: UInt8.self),
        count: min(count, bytes.count / max(minimumPartSize, 1)))
    }

    var parts: [CSVReader] = []
    for (index, start) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1].offset : data.count
      let bytes = data[(data.startIndex + start.offset)..<(data.startIndex + end)]
      parts.append(CSVReader(data: bytes, separator: separator, firstLine: firstLine + start.line))
    }
    return parts
  }

  /// Where each part starts: a byte offset just after a line feed that lies outside quotes,
  /// and the number of line feeds before it.
  private static func partStarts(
    in input: UnsafeBufferPointer<UInt8>, count: Int
  ) -> [(offset: Int, line: Int)] {
    var starts = [(offset: 0, line: 0)]
    var scanned = 0
    var lines = 0
    var quotes = 0
    let search = CSVByteSearch(0x0A, 0x0A, 0x22, 0x22)
    for part in 1..<max(count, 1) {
      let target = max(input.count / count * part, scanned)
      let counted = CSVByteSearch.count(0x0A, 0x22, in: input, from: scanned, to: target)
      lines += counted.first
      quotes += counted.second
      var index = target
      while true {
        index = search.next(in: input, from: index, end: input.count)
        guard index < input.count else { return starts }

        index += 1
        if input[index - 1] == 0x22 {
          quotes += 1
        } else {
          lines += 1
          if quotes % 2 == 0 { break }
        }
      }
      scanned = index
      if index < input.count { starts.append((offset: index, line: lines)) }
    }
    return starts
  }

  /// Runs `body` with a parser over the bytes, keeping its typed error.
  private func withParser<Value>(
    _ body: (inout CSVParser) throws(CSVError) -> Value
  ) throws(CSVError) -> Value {
    let result = data.withUnsafeBytes { bytes -> Result<Value, CSVError> in
      var parser = CSVParser(bytes: bytes, separator: separator, firstLine: firstLine)
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
