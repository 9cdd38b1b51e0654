import Testing

@testable import JourneyEngine

@Suite struct TimerQueueTests {
  @Test func popsEverythingDueAcrossBucketsAndKeepsTheRest() {
    var queue = TimerQueue()
    let entries: [(Int64, Int32)] = [
      (7_200, 1), (100, 2), (3_599, 3), (3_600, 4), (10_000, 5), (-50, 6), (3_600, 7),
    ]
    for (time, contact) in entries { queue.push(time, contact) }
    #expect(queue.count == 7)
    #expect(queue.firstTime == -50)

    var due: [Int32] = []
    queue.popAll(upTo: 3_600, into: &due)
    #expect(due.sorted() == [2, 3, 4, 6, 7])
    #expect(queue.count == 2)

    queue.push(5_000, 8)
    queue.push(1, 9)
    due.removeAll()
    queue.popAll(upTo: 7_199, into: &due)
    #expect(due.sorted() == [8, 9])
    #expect(queue.firstTime == 7_200)
    #expect(queue.firstContact == 1)
    queue.removeFirst()
    #expect(queue.firstTime == 10_000)
    due.removeAll()
    queue.popAll(upTo: Int64.max - 1, into: &due)
    #expect(due == [5])
    #expect(queue.count == 0)
    #expect(queue.firstTime == nil)
  }

  @Test func manyRandomEntriesComeOutInTimeOrderThroughFirst() {
    var queue = TimerQueue()
    var seed: UInt64 = 7
    var times: [Int64] = []
    for contact in 0..<2_000 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1
      let time = Int64(seed >> 40) % 500_000 - 1_000
      times.append(time)
      queue.push(time, Int32(contact))
    }
    var popped: [Int64] = []
    while let first = queue.firstTime {
      popped.append(first)
      queue.removeFirst()
    }
    #expect(popped == times.sorted())
  }
}
