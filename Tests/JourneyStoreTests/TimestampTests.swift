import Foundation
import Testing

@testable import JourneyStore

@Suite struct TimestampTests {
  @Test(arguments: [
    (0.0, "1970-01-01T00:00:00.000Z"),
    (1_709_283_600.123, "2024-03-01T09:00:00.123Z"),
    (1_709_164_799.999, "2024-02-28T23:59:59.999Z"),
    (1_709_251_199.5, "2024-02-29T23:59:59.500Z"),
    (-0.001, "1969-12-31T23:59:59.999Z"),
    (951_782_400, "2000-02-29T00:00:00.000Z"),
    (-62_135_596_800, "0001-01-01T00:00:00.000Z"),
    (253_402_300_799.999, "9999-12-31T23:59:59.999Z"),
  ])
  func writesAndReadsBackUTCText(seconds: Double, text: String) {
    let date = Date(timeIntervalSince1970: seconds)

    #expect(Timestamp.text(date) == text)
    #expect(Timestamp.date(text) == date)
  }

  @Test func roundsToTheMillisecondAndClampsToFourDigitYears() {
    #expect(Timestamp.text(Date(timeIntervalSince1970: 0.0004)) == "1970-01-01T00:00:00.000Z")
    #expect(Timestamp.text(Date(timeIntervalSince1970: 0.0006)) == "1970-01-01T00:00:00.001Z")
    #expect(Timestamp.text(.distantFuture) == "4001-01-01T00:00:00.000Z")
    #expect(
      Timestamp.text(Date(timeIntervalSince1970: 1e15)) == "9999-12-31T23:59:59.999Z")
    #expect(
      Timestamp.text(Date(timeIntervalSince1970: -1e15)) == "0001-01-01T00:00:00.000Z")
  }

  @Test(arguments: [
    "", "2024-03-01T09:00:00Z", "2024-03-01 09:00:00.000Z", "2024-02-30T09:00:00.000Z",
    "2023-02-29T09:00:00.000Z", "2024-13-01T09:00:00.000Z", "2024-03-01T24:00:00.000Z",
    "2024-03-01T09:60:00.000Z", "2024-03-01T09:00:00.000+", "2024-0a-01T09:00:00.000Z",
  ])
  func refusesTextNotInTheStoredForm(text: String) {
    #expect(Timestamp.date(text) == nil)
  }
}
