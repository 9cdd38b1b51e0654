import JourneyModel
import Testing
import TextFormats

@testable import JourneyEngine

@Suite struct FieldTestTests {
  let pool = StringPool(["Pro", "pro", "team", "enterprise"])

  func test(
    _ op: ConditionOperator, _ values: [String], type: FieldType = .string
  ) throws -> FieldTest {
    try FieldTest(
      FieldCondition(field: "f", op: op, values: values), column: 0, type: type, pool: pool,
      zone: .utc, context: "a test")
  }

  func strings(_ test: FieldTest) -> [Bool] {
    (0..<4).map { test.matches(ValueCode(code: Int32($0))) } + [test.matches(.missing)]
  }

  @Test func stringsAreExactAndMissingOnlyPassesNegations() throws {
    #expect(strings(try test(.equals, [" pro "])) == [false, true, false, false, false])
    #expect(strings(try test(.notEquals, ["pro"])) == [true, false, true, true, true])
    #expect(strings(try test(.isIn, ["team", "Pro"])) == [true, false, true, false, false])
    #expect(strings(try test(.notIn, ["team", "Pro"])) == [false, true, false, true, true])
    #expect(strings(try test(.contains, ["r"])) == [true, true, false, true, false])
    #expect(strings(try test(.less, ["q"])) == [true, true, false, true, false])
    #expect(strings(try test(.isSet, [])) == [true, true, true, true, false])
    #expect(strings(try test(.isNotSet, [])) == [false, false, false, false, true])
  }

  @Test func numbersCompareNumerically() throws {
    let greater = try test(.greaterOrEqual, ["1e3"], type: .number)
    #expect(greater.matches(ValueCode(number: 1000)))
    #expect(!greater.matches(ValueCode(number: 999.5)))
    #expect(!greater.matches(.missing))
    let equal = try test(.equals, ["12.50"], type: .number)
    #expect(equal.matches(ValueCode(number: 12.5)))
  }

  @Test func boolsAndDates() throws {
    let yes = try test(.equals, ["YES"], type: .bool)
    #expect(yes.matches(ValueCode(flag: true)))
    #expect(!yes.matches(ValueCode(flag: false)))
    let before = try test(.less, ["2026-03-01"], type: .date)
    let day = Fixtures.t("2026-03-01T00:00:00Z")
    #expect(before.matches(ValueCode(instant: day - 1)))
    #expect(!before.matches(ValueCode(instant: day)))
  }

  @Test func aValueThatDoesNotFitItsTypeIsAnError() {
    #expect(throws: EngineError.badValue("lots", field: "f", type: .number, context: "a test")) {
      try test(.equals, ["lots"], type: .number)
    }
  }
}
