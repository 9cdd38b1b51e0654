import Testing

@testable import TerminalKit

@Suite struct CellBufferDiffTests {
  let size = Size(width: 10, height: 3)

  @Test func identicalBuffersHaveNoRuns() {
    var buffer = CellBuffer(size: size)
    buffer.write("same", at: .zero)
    #expect(buffer.diff(from: buffer).isEmpty)
  }

  @Test func changedCellsFormRunsPerRow() {
    var old = CellBuffer(size: size)
    old.write("abcdefghij", at: .zero)
    old.write("0123456789", at: Point(x: 0, y: 2))
    var new = old
    new.write("XY", at: Point(x: 2, y: 0))
    new.write("Z", at: Point(x: 7, y: 0))
    new.write("!", at: Point(x: 9, y: 2))

    let runs = new.diff(from: old)
    #expect(runs.map(\.origin) == [Point(x: 2, y: 0), Point(x: 7, y: 0), Point(x: 9, y: 2)])
    #expect(runs.map(\.text) == ["XY", "Z", "!"])
  }

  @Test func roleChangeAloneIsAChange() {
    var old = CellBuffer(size: size)
    old.write("row", at: .zero)
    var new = old
    new.write("row", at: .zero, role: .selection)
    let runs = new.diff(from: old)
    #expect(runs == [CellRun(origin: .zero, cells: "row".map { Cell($0, role: .selection) })])
  }

  @Test func wideCharacterRunsKeepBothHalves() {
    var old = CellBuffer(size: size)
    old.write("日本", at: Point(x: 1, y: 1))
    var new = old
    new.write("日本", at: Point(x: 1, y: 1), attributes: .bold)
    new.write("a", at: Point(x: 6, y: 1))

    let runs = new.diff(from: old)
    #expect(runs.map(\.origin) == [Point(x: 1, y: 1), Point(x: 6, y: 1)])
    #expect(runs.map(\.text) == ["日本", "a"])
    #expect(runs[0].cells.count == 4)
  }

  @Test func sizeChangeRepaintsEveryRow() {
    let old = CellBuffer(size: Size(width: 4, height: 1))
    var new = CellBuffer(size: Size(width: 3, height: 2))
    new.write("ab", at: .zero)
    let runs = new.diff(from: old)
    #expect(runs.map(\.origin) == [Point(x: 0, y: 0), Point(x: 0, y: 1)])
    #expect(runs.map(\.text) == ["ab ", "   "])
  }
}
