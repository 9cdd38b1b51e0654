/// The byte-level CSV state machine behind `CSVReader`.
///
/// One pass over the input; each field becomes a span into the input, except quoted fields
/// holding `""`, which are unescaped into a buffer reused from record to record.
struct CSVParser: ~Copyable {
  private static let lineFeed: UInt8 = 0x0A
  private static let carriageReturn: UInt8 = 0x0D
  private static let quote: UInt8 = 0x22

  private let input: UnsafeBufferPointer<UInt8>
  private let end: Int
  private let splitsOnBlanks: Bool
  private let separatorByte: UInt8?
  private let plainStops: CSVByteSearch
  private let quotedStops: CSVByteSearch
  private var spans: UnsafeMutablePointer<CSVFieldSpan>
  private var spanCapacity = 16
  private var fieldCount = 0
  private var unescaped: UnsafeMutableRawPointer
  private var unescapedCapacity = 256
  private var unescapedCount = 0
  private var index = 0
  private var line = 1

  /// Prepares to read `bytes` split by `separator`; `firstLine` is the number of the line
  /// the bytes start on, and a byte order mark is skipped only on line 1.
  init(bytes: UnsafeRawBufferPointer, separator: CSVSeparator, firstLine: Int = 1) {
    input = bytes.assumingMemoryBound(to: UInt8.self)
    end = bytes.count
    splitsOnBlanks = separator.byte == nil
    separatorByte = separator.byte
    let (first, second) = separator.byte.map { ($0, $0) } ?? (0x20, 0x09)
    plainStops = CSVByteSearch(first, second, CSVParser.lineFeed, CSVParser.quote)
    quotedStops = CSVByteSearch(
      CSVParser.quote, CSVParser.quote, CSVParser.lineFeed, CSVParser.lineFeed)
    spans = .allocate(capacity: spanCapacity)
    unescaped = .allocate(byteCount: unescapedCapacity, alignment: 1)

    line = firstLine
    if firstLine == 1, end >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
      index = 3
    }
  }

  /// Frees the span and unescape buffers.
  deinit {
    spans.deallocate()
    unescaped.deallocate()
  }

  /// The next record, or nil at the end of the input; valid until the next call.
  mutating func next() throws(CSVError) -> CSVRecord? {
    guard skipEmptyLines() else { return nil }

    let recordLine = line
    try readRecord()
    return CSVRecord(
      line: recordLine, count: fieldCount, input: UnsafeRawPointer(input.baseAddress),
      unescaped: UnsafeRawPointer(unescaped), spans: UnsafePointer(spans))
  }

  /// Moves past empty lines (and leading blanks when splitting on blanks); false at the end.
  private mutating func skipEmptyLines() -> Bool {
    while index < end {
      let byte = input[index]
      if splitsOnBlanks, byte == 0x20 || byte == 0x09 {
        index += 1
      } else if !consumeLineBreak() {
        return true
      }
    }
    return false
  }

  /// Consumes LF, CRLF, or a CR that ends the input; returns whether it did.
  @inline(__always)
  private mutating func consumeLineBreak() -> Bool {
    let byte = input[index]
    if byte == CSVParser.lineFeed {
      index += 1
    } else if byte == CSVParser.carriageReturn,
      index + 1 == end || input[index + 1] == CSVParser.lineFeed
    {
      index = min(index + 2, end)
    } else {
      return false
    }
    line += 1
    return true
  }

  /// Reads the fields of one record, leaving `index` at the start of the next line.
  private mutating func readRecord() throws(CSVError) {
    fieldCount = 0
    unescapedCount = 0
    while true {
      if index < end, input[index] == CSVParser.quote {
        try readQuotedField()
      } else {
        try readPlainField()
      }
      if try endOfField() { return }
    }
  }

  /// Reads a field that does not start with a quote, up to a separator or line break.
  ///
  /// A CR is part of the field unless it ends the line (CRLF) or the input.
  @inline(__always)
  private mutating func readPlainField() throws(CSVError) {
    let start = index
    index = plainStops.next(in: input, from: index, end: end)
    if index < end, input[index] == CSVParser.quote {
      throw .quoteInUnquotedField(line: line, field: fieldCount + 1)
    }

    var stop = index
    if stop > start, input[stop - 1] == CSVParser.carriageReturn,
      stop == end || input[stop] == CSVParser.lineFeed
    {
      stop -= 1
    }
    appendSpan(CSVFieldSpan(start: start, count: stop - start, isUnescaped: false))
  }

  /// Reads a quoted field, which may hold separators, line breaks and doubled quotes.
  private mutating func readQuotedField() throws(CSVError) {
    let openingLine = line
    index += 1
    let start = index
    var hasDoubledQuotes = false
    while true {
      index = quotedStops.next(in: input, from: index, end: end)
      guard index < end else {
        throw .unterminatedQuote(line: openingLine, field: fieldCount + 1)
      }

      let byte = input[index]
      if byte == CSVParser.quote {
        guard index + 1 < end, input[index + 1] == CSVParser.quote else { break }
        hasDoubledQuotes = true
        index += 2
        continue
      }
      if byte == CSVParser.lineFeed { line += 1 }
      index += 1
    }

    if hasDoubledQuotes {
      appendUnescaped(from: start, to: index)
    } else {
      appendSpan(CSVFieldSpan(start: start, count: index - start, isUnescaped: false))
    }
    index += 1
  }

  /// Consumes what follows a field; returns true when the record ends there.
  ///
  /// A plain field always stops at a separator, a line break or the end, so anything else
  /// here follows the closing quote of a quoted field.
  private mutating func endOfField() throws(CSVError) -> Bool {
    guard index < end else { return true }

    let byte = input[index]
    if splitsOnBlanks, byte == 0x20 || byte == 0x09 {
      while index < end, input[index] == 0x20 || input[index] == 0x09 { index += 1 }
      return index == end || consumeLineBreak()
    }
    if byte == separatorByte {
      index += 1
      return false
    }
    if consumeLineBreak() { return true }

    throw .textAfterClosingQuote(line: line, field: fieldCount)
  }

  /// Records one field's span, growing the span buffer when needed.
  @inline(__always)
  private mutating func appendSpan(_ span: CSVFieldSpan) {
    if fieldCount == spanCapacity {
      let larger = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: spanCapacity * 2)
      larger.moveInitialize(from: spans, count: fieldCount)
      spans.deallocate()
      spans = larger
      spanCapacity *= 2
    }
    (spans + fieldCount).initialize(to: span)
    fieldCount += 1
  }

  /// Copies a quoted field's content into the unescape buffer, turning `""` into `"`.
  private mutating func appendUnescaped(from start: Int, to stop: Int) {
    let needed = unescapedCount + (stop - start)
    if needed > unescapedCapacity {
      let capacity = max(needed, unescapedCapacity * 2)
      let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
      larger.copyMemory(from: unescaped, byteCount: unescapedCount)
      unescaped.deallocate()
      unescaped = larger
      unescapedCapacity = capacity
    }

    let first = unescapedCount
    var position = start
    while position < stop {
      let byte = input[position]
      unescaped.storeBytes(of: byte, toByteOffset: unescapedCount, as: UInt8.self)
      unescapedCount += 1
      position += byte == CSVParser.quote ? 2 : 1
    }
    appendSpan(CSVFieldSpan(start: first, count: unescapedCount - first, isUnescaped: true))
  }
}
