import Testing

@testable import TerminalKit

@Suite struct RectTests {
  let screen = Rect(x: 0, y: 0, width: 80, height: 24)

  @Test func splitTopAndBottomCoverTheRect() {
    let (header, body) = screen.splitTop(1)
    let (footer, middle) = body.splitBottom(2)
    #expect(header == Rect(x: 0, y: 0, width: 80, height: 1))
    #expect(footer == Rect(x: 0, y: 22, width: 80, height: 2))
    #expect(middle == Rect(x: 0, y: 1, width: 80, height: 21))
  }

  @Test func splitLeftAndRightCoverTheRect() {
    let (left, rest) = screen.splitLeft(30)
    let (right, middle) = rest.splitRight(20)
    #expect(left == Rect(x: 0, y: 0, width: 30, height: 24))
    #expect(right == Rect(x: 60, y: 0, width: 20, height: 24))
    #expect(middle == Rect(x: 30, y: 0, width: 30, height: 24))
  }

  @Test func splittingMoreThanTheRectClamps() {
    let small = Rect(x: 2, y: 3, width: 4, height: 2)
    let (top, rest) = small.splitTop(10)
    #expect(top == small)
    #expect(rest == Rect(x: 2, y: 5, width: 4, height: 0))
    #expect(rest.isEmpty)
  }

  @Test func insetShrinksAndClampsAtZero() {
    #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
    #expect(screen.inset(top: 2, left: 3) == Rect(x: 3, y: 2, width: 77, height: 22))
    let tiny = Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 2)
    #expect(tiny.size == .zero)
  }

  @Test func columnsGiveRoundingLeftoversToTheLast() {
    let parts = Rect(x: 0, y: 0, width: 10, height: 1).columns(weights: [1, 1, 1])
    #expect(parts.map(\.x) == [0, 3, 6])
    #expect(parts.map(\.width) == [3, 3, 4])
  }

  @Test func rowsSplitTheHeight() {
    let parts = Rect(x: 0, y: 2, width: 5, height: 9).rows(weights: [2, 1])
    #expect(parts[0] == Rect(x: 0, y: 2, width: 5, height: 6))
    #expect(parts[1] == Rect(x: 0, y: 8, width: 5, height: 3))
    #expect(parts.count == 2)
  }

  @Test func centeredAndIntersection() {
    let dialog = screen.centered(Size(width: 40, height: 10))
    #expect(dialog == Rect(x: 20, y: 7, width: 40, height: 10))
    #expect(screen.centered(Size(width: 100, height: 2)).width == 80)
    let other = Rect(x: 70, y: 20, width: 20, height: 20)
    #expect(screen.intersection(other) == Rect(x: 70, y: 20, width: 10, height: 4))
    #expect(screen.intersection(Rect(x: 90, y: 0, width: 5, height: 5)).isEmpty)
    #expect(screen.contains(Point(x: 79, y: 23)))
    #expect(!screen.contains(Point(x: 80, y: 0)))
  }
}
