import Foundation
import Testing

@testable import TextFormats

@Suite struct CSVSplitTests {
  /// Every record of every reader, with its line, in order; or the first error met.
  private func read(_ readers: [CSVReader]) -> Result<[CSVTestRecord], CSVError> {
    var records: [CSVTestRecord] = []
    for reader in readers {
      do {
        try reader.forEachRecord { record in
          let fields = (0..<record.count).map { Array(record.bytes($0)) }
          records.append(CSVTestRecord(line: record.line, fields: fields))
        }
      } catch let error as CSVError {
        return .failure(error)
      } catch {
        Issue.record("unexpected error \(error)")
      }
    }
    return .success(records)
  }

  /// Well-formed random CSV: plain and quoted fields (with commas, line breaks and doubled
  /// quotes inside), LF and CRLF line ends, some empty lines.
  private func randomCSV(_ generator: inout CSVTestRandom) -> [UInt8] {
    let plain: [UInt8] = Array("abc  \r".utf8)
    let quoted: [UInt8] = Array("ab,\n\r ".utf8)
    var bytes: [UInt8] = []
    for _ in 0..<(1 + generator.next() % 12) {
      for field in 0..<(1 + generator.next() % 4) {
        if field > 0 { bytes.append(0x2C) }
        let length = Int(generator.next() % 6)
        if generator.next() % 3 == 0 {
          bytes.append(0x22)
          for _ in 0..<length {
            if generator.next() % 4 == 0 { bytes += [0x22, 0x22] }
            bytes.append(quoted[Int(generator.next() % UInt64(quoted.count))])
          }
          bytes.append(0x22)
        } else {
          bytes += (0..<length).map { _ in plain[Int(generator.next() % UInt64(plain.count))] }
        }
      }
      bytes += generator.next() % 2 == 0 ? [0x0A] : [0x0D, 0x0A]
      if generator.next() % 5 == 0 { bytes.append(0x0A) }
    }
    return bytes
  }

  @Test func partsTogetherReadLikeTheWholeFile() throws {
    var generator = CSVTestRandom(seed: 11)
    var recordCount = 0
    for _ in 0..<500 {
      let whole = CSVReader(data: Data(randomCSV(&generator)))
      let expected = read([whole])
      guard case .success(let records) = expected else {
        Issue.record("the generator made malformed CSV: \(expected)")
        return
      }
      recordCount += records.count

      for count in 2...5 {
        let parts = whole.split(into: count, minimumPartSize: 1)
        #expect(parts.count <= count)
        #expect(read(parts) == expected)
      }
    }
    #expect(recordCount > 2000)
  }

  @Test func splitsAtLineFeedsOutsideQuotesAndKeepsLineNumbers() throws {
    let text = "id,note\n1,\"a\nb\nc\nd\"\n2,x\n3,y\n4,z\n"
    let parts = CSVReader(text: text).split(into: 3, minimumPartSize: 1)
    #expect(parts.map(\.firstLine) == [1, 6, 7])
    #expect(
      try parts.map { try $0.allRecords() } == [
        [["id", "note"], ["1", "a\nb\nc\nd"]], [["2", "x"]], [["3", "y"], ["4", "z"]],
      ])
  }

  @Test func smallInputsStayWhole() {
    let reader = CSVReader(text: "a,b\n1,2\n3,4\n")
    #expect(reader.split(into: 4).count == 1)
    #expect(reader.split(into: 0, minimumPartSize: 1).count == 1)
    #expect(CSVReader(text: "").split(into: 2, minimumPartSize: 1).count == 1)
  }

  @Test func onlyTheFirstPartSkipsAByteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("h\nv1\n".utf8) + [0xEF, 0xBB, 0xBF]
      + Array("v2\n".utf8)
    let parts = CSVReader(data: Data(bytes)).split(into: 2, minimumPartSize: 1)
    #expect(parts.count == 2)
    #expect(try parts[0].allRecords() == [["h"], ["v1"]])
    #expect(try parts[1].allRecords() == [["\u{FEFF}v2"]])
  }
}
