import Foundation
import Testing

@testable import TerminalKit

@Suite struct StatusLineTests {
  let start = Date(timeIntervalSince1970: 1_000_000)

  @Test func messageWithMarkerAndRightText() {
    var buffer = CellBuffer(size: Size(width: 30, height: 1))
    let message = FlashMessage("Journey saved", severity: .ok, postedAt: start)
    let line = StatusLine(right: [TextSpan("sim 3x", role: .simCount)], message: message)
    line.draw(in: buffer.bounds, on: &buffer)
    #expect(buffer.rowText(0) == "✓ Journey saved         sim 3x")
    #expect(buffer.cell(at: .zero)?.role == .ok)
    #expect(buffer.cell(at: Point(x: 29, y: 0))?.role == .simCount)
  }

  @Test func longMessageIsCutBeforeTheRightText() {
    var buffer = CellBuffer(size: Size(width: 24, height: 1))
    let message = FlashMessage(
      "Wait step \"w3\" has no duration", severity: .error, postedAt: start)
    StatusLine(right: [TextSpan("12:00")], message: message, ascii: true)
      .draw(in: buffer.bounds, on: &buffer)
    #expect(buffer.rowText(0) == "x Wait step \"w3\"…  12:00")
  }

  @Test func leftSpansShowWithoutMessage() {
    var buffer = CellBuffer(size: Size(width: 12, height: 1))
    StatusLine(left: [TextSpan("Start › Wait", role: .breadcrumb)])
      .draw(in: buffer.bounds, on: &buffer)
    #expect(buffer.rowText(0) == "Start › Wait")
  }

  @Test func messagesExpireExceptErrors() {
    let info = FlashMessage("Copied", postedAt: start)
    let error = FlashMessage("Save failed", severity: .error, postedAt: start)
    #expect(!info.isExpired(at: start.addingTimeInterval(5.9)))
    #expect(info.isExpired(at: start.addingTimeInterval(6)))
    #expect(!error.isExpired(at: start.addingTimeInterval(3600)))
    #expect(info.spans() == [TextSpan("Copied", role: .flash)])
    #expect(FlashMessage("w", severity: .warning, postedAt: start).spans().first?.text == "! w")
  }
}
