import Testing

@testable import TextFormats

/// Compares the fast reader with a plain byte-by-byte reading of the same rules, on many
/// small random inputs, so every field boundary lands at every position of an 8-byte word.
@Suite struct CSVReferenceTests {
  /// Records as (line, fields), or the error, from the straightforward reading.
  private static func reference(
    _ bytes: [UInt8], blanks: Bool
  ) -> Result<[CSVTestRecord], CSVError> {
    var records: [CSVTestRecord] = []
    var index = 0
    var line = 1
    let isSeparator: (UInt8) -> Bool = { blanks ? $0 == 0x20 || $0 == 0x09 : $0 == 0x2C }
    func lineBreakLength(at position: Int) -> Int {
      if bytes[position] == 0x0A { return 1 }
      if bytes[position] == 0x0D {
        if position + 1 == bytes.count { return 1 }
        if bytes[position + 1] == 0x0A { return 2 }
      }
      return 0
    }

    while index < bytes.count {
      if blanks, bytes[index] == 0x20 || bytes[index] == 0x09 {
        index += 1
        continue
      }
      let breakLength = lineBreakLength(at: index)
      if breakLength > 0 {
        index += breakLength
        line += 1
        continue
      }

      let start = line
      var fields: [[UInt8]] = []
      recordLoop: while true {
        var field: [UInt8] = []
        let quoted = index < bytes.count && bytes[index] == 0x22
        if quoted {
          let opening = line
          index += 1
          while true {
            guard index < bytes.count else {
              return .failure(.unterminatedQuote(line: opening, field: fields.count + 1))
            }
            if bytes[index] == 0x22 {
              if index + 1 < bytes.count, bytes[index + 1] == 0x22 {
                field.append(0x22)
                index += 2
                continue
              }
              index += 1
              break
            }
            if bytes[index] == 0x0A { line += 1 }
            field.append(bytes[index])
            index += 1
          }
        } else {
          while index < bytes.count, !isSeparator(bytes[index]),
            lineBreakLength(at: index) == 0
          {
            if bytes[index] == 0x22 {
              return .failure(.quoteInUnquotedField(line: line, field: fields.count + 1))
            }
            field.append(bytes[index])
            index += 1
          }
        }
        fields.append(field)

        if index == bytes.count { break recordLoop }
        if blanks, isSeparator(bytes[index]) {
          while index < bytes.count, isSeparator(bytes[index]) { index += 1 }
          if index == bytes.count { break recordLoop }
          let length = lineBreakLength(at: index)
          if length > 0 {
            index += length
            line += 1
            break recordLoop
          }
          continue recordLoop
        }
        if !blanks, isSeparator(bytes[index]) {
          index += 1
          continue recordLoop
        }
        let length = lineBreakLength(at: index)
        if length > 0 {
          index += length
          line += 1
          break recordLoop
        }
        return .failure(.textAfterClosingQuote(line: line, field: fields.count))
      }
      records.append(CSVTestRecord(line: start, fields: fields))
    }
    return .success(records)
  }

  /// The same input read by `CSVReader`.
  private static func fast(_ bytes: [UInt8], blanks: Bool) -> Result<[CSVTestRecord], CSVError> {
    var records: [CSVTestRecord] = []
    do {
      let reader = CSVReader(data: .init(bytes), separator: blanks ? .whitespace : .comma)
      try reader.forEachRecord { record in
        let fields = (0..<record.count).map { Array(record.bytes($0)) }
        records.append(CSVTestRecord(line: record.line, fields: fields))
      }
      return .success(records)
    } catch let error as CSVError {
      return .failure(error)
    } catch {
      return .success([])
    }
  }

  @Test(arguments: [false, true])
  func agreesWithAPlainReadingOnRandomInput(blanks: Bool) {
    let alphabet: [UInt8] = Array("aaaaaaaabbbcccc,,,,\"\n\n\r  \t".utf8)
    var generator = CSVTestRandom(seed: blanks ? 7 : 3)
    var disagreements = 0
    for _ in 0..<4000 {
      let length = Int(generator.next() % 48)
      var bytes = (0..<length).map { _ in
        alphabet[Int(generator.next() % UInt64(alphabet.count))]
      }
      if generator.next() % 2 == 0 {
        bytes = bytes.map { $0 == 0x22 && generator.next() % 3 != 0 ? 0x61 : $0 }
      }
      let expected = CSVReferenceTests.reference(bytes, blanks: blanks)
      let actual = CSVReferenceTests.fast(bytes, blanks: blanks)
      if expected != actual {
        disagreements += 1
        Issue.record("input \(String(decoding: bytes, as: UTF8.self).debugDescription)")
      }
      if disagreements > 3 { break }
    }
    #expect(disagreements == 0)
  }
}

/// A record compared by the reference test.
struct CSVTestRecord: Equatable {
  var line: Int
  var fields: [[UInt8]]
}

/// A small deterministic random number generator (SplitMix64).
struct CSVTestRandom {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
