import Foundation
import JourneyModel
import Testing

@testable import JourneyEngine

@Suite struct DataLoaderTests {
  let hub = Fixtures.hub()

  @Test func contactsAreNumberedInAscendingIDOrder() throws {
    let data = try ContactData.load(hub: hub, texts: [
      "data/profiles.csv": "contact_id,plan\nc3,pro\nc1,free\n",
      "data/events.csv": "contact_id,event,timestamp\nc2,visit,2026-03-01T09:00:00Z\n",
    ])
    #expect(data.contactIDs == ["c1", "c2", "c3"])
    #expect(data.contactIndex("c2") == 1)
    #expect(data.contactIndex("c9") == nil)
    let plan = try #require(data.profiles.fieldIndex("plan"))
    #expect(data.profiles.text(data.profiles.value(plan, of: 0, at: 0), field: plan) == "free")
    #expect(data.profiles.value(plan, of: 1, at: 0).isMissing)
    #expect(data.report.absentFiles == ["data/profile_changes.csv"])
  }

  @Test func valuesAreTrimmedTypedAndEmptyIsMissing() throws {
    let data = try ContactData.load(hub: hub, texts: [
      "data/profiles.csv": "contact_id,plan,score,vip,birthday\n"
        + " c1 , pro ,  1e3 , YES ,2026-03-01\n"
        + "c2,,,,\n",
    ])
    let profiles = data.profiles
    let score = try #require(profiles.fieldIndex("score"))
    let vip = try #require(profiles.fieldIndex("vip"))
    let birthday = try #require(profiles.fieldIndex("birthday"))
    #expect(data.contactIDs == ["c1", "c2"])
    #expect(profiles.value(score, of: 0, at: 0).number == 1000)
    #expect(profiles.value(vip, of: 0, at: 0).flag)
    #expect(profiles.value(birthday, of: 0, at: 0).instant == Fixtures.t("2026-03-01T00:00:00Z"))
    #expect(profiles.value(score, of: 1, at: 0).isMissing)
    #expect(profiles.value(vip, of: 1, at: 0).isMissing)
  }

  @Test func badRowStopsTheLoadWithFileLineAndReason() throws {
    let texts = [
      "data/events.csv": "contact_id,event,timestamp,amount\n"
        + "c1,purchase,2026-03-01T09:00:00Z,12.5\n"
        + "c1,purchase,yesterday,3\n"
        + "c2,purchase,2026-03-01T10:00:00Z,abc\n",
    ]
    #expect(throws: LoadError.badRow(BadRow(
      path: "data/events.csv", line: 3,
      reason: "timestamp \"yesterday\" is not a iso8601 timestamp"))
    ) {
      try ContactData.load(hub: hub, texts: texts)
    }

    let data = try ContactData.load(
      hub: hub, texts: texts, options: LoadOptions(skipBadRows: true))
    #expect(data.report.skippedRows.map(\.description) == [
      "data/events.csv:3: timestamp \"yesterday\" is not a iso8601 timestamp",
      "data/events.csv:4: amount \"abc\" is not a number",
    ])
    #expect(data.report.files.first?.rows == 1)
    #expect(data.report.files.first?.skipped == 2)
    #expect(data.events.count == 1)
  }

  @Test func quotedFieldsAndMalformedQuotes() throws {
    let texts = [
      "data/profiles.csv": "contact_id,plan,status\n"
        + "c1,\"pro\",\"a, \"\"b\"\"\nc\"\n"
        + "c2,pr\"o,x\n"
        + "c3,team,y\n",
    ]
    let data = try ContactData.load(
      hub: hub, texts: texts, options: LoadOptions(skipBadRows: true))
    #expect(data.contactIDs == ["c1", "c3"])
    let status = try #require(data.profiles.fieldIndex("status"))
    #expect(data.profiles.text(data.profiles.value(status, of: 0, at: 0), field: status)
      == "a, \"b\"\nc")
    #expect(data.report.skippedRows.map(\.line) == [4])
  }

  @Test func eventsAreSortedByTimeThenFileLine() throws {
    let data = try ContactData.load(hub: hub, texts: [
      "data/events.csv": "contact_id,event,timestamp,amount\n"
        + "c1,purchase,2026-03-02T00:00:00Z,1\n"
        + "c1,purchase,2026-03-01T00:00:00Z,2\n"
        + "c1,purchase,2026-03-02T00:00:00Z,3\n"
        + "c1,refund,2026-03-02T00:00:00Z,3\n",
    ])
    let table = try #require(data.events.tableIndex("purchase"))
    let store = data.events.tables[table]
    #expect(store.range(of: 0).map { store.properties[0][$0].number } == [2, 1, 3])
    #expect(data.report.ignored.map(\.reason) == [
      "events of table \"refund\", which the catalogue does not define",
    ])
  }

  @Test func profileChangesAsOfAMomentLaterLineWins() throws {
    let data = try ContactData.load(hub: hub, texts: [
      "data/profiles.csv": "contact_id,status\nc1,active\n",
      "data/profile_changes.csv": "contact_id,timestamp,field,value\n"
        + "c1,2026-03-01T10:00:00Z,status,converted\n"
        + "c1,2026-03-01T10:00:00Z,status,lapsed\n"
        + "c1,2026-03-01T09:00:00Z,status,trial\n",
    ])
    let status = try #require(data.profiles.fieldIndex("status"))
    func statusAt(_ text: String) -> String {
      data.profiles.text(data.profiles.value(status, of: 0, at: Fixtures.t(text)), field: status)
    }
    #expect(statusAt("2026-03-01T08:59:59Z") == "active")
    #expect(statusAt("2026-03-01T09:00:00Z") == "trial")
    #expect(statusAt("2026-03-01T10:00:00Z") == "lapsed")
  }

  @Test func mappedSourceWithWhitespaceDelimiterAndPattern() throws {
    let source = DataSource(
      kind: .events, path: "exports/orders.txt", delimiter: "whitespace",
      contactColumn: "customer", timestampColumn: "when",
      timestampFormat: "DD/MM/YYYY HH:mm", timeZone: "Europe/Paris", eventName: "purchase",
      columns: [ColumnMapping(column: "total", target: "amount")])
    let data = try ContactData.load(hub: Fixtures.hub(sources: [source]), texts: [
      "exports/orders.txt": "customer  when  total\nc1 \"01/03/2026 10:30\" 20\n",
    ])
    let store = data.events.tables[0]
    #expect(store.times == [Fixtures.t("2026-03-01T09:30:00Z")])
    #expect(store.properties[0][0].number == 20)
  }

  @Test func missingColumnsAreNamed() {
    #expect(throws: LoadError.missingColumns(
      path: "data/events.csv", columns: ["timestamp"], found: ["contact_id", "event"])
    ) {
      try ContactData.load(hub: hub, texts: ["data/events.csv": "contact_id,event\nc1,visit\n"])
    }
  }

  @Test func largeFileIsSplitAcrossThreadsWithTheSameResult() throws {
    var text = "contact_id,event,timestamp,amount\n"
    for row in 0..<60_000 {
      text += "c\(row % 997),purchase,2026-03-\(10 + row % 9)T00:00:00Z,\(row)\n"
    }
    text += "c1,purchase,nope,1\n"
    let one = try ContactData.load(
      hub: hub, texts: ["data/events.csv": text],
      options: LoadOptions(skipBadRows: true, threads: 1))
    let four = try ContactData.load(
      hub: hub, texts: ["data/events.csv": text],
      options: LoadOptions(skipBadRows: true, threads: 4))
    #expect(one.contactIDs == four.contactIDs)
    #expect(one.events.tables[0].times == four.events.tables[0].times)
    #expect(one.events.tables[0].offsets == four.events.tables[0].offsets)
    #expect(four.report.skippedRows.map(\.line) == [60_002])
  }
}

@Suite struct JSONLinesLoaderTests {
  @Test func eventsAndProfilesFromJSONLines() throws {
    let hub = Fixtures.hub(sources: [
      DataSource(kind: .profiles, path: "data/people.jsonl", format: .jsonl,
        contactColumn: "id", columns: [ColumnMapping(column: "tier", target: "plan")]),
      DataSource(kind: .events, path: "data/orders.jsonl", format: .jsonl,
        contactColumn: "id", timestampColumn: "at", eventName: "purchase"),
    ])
    let texts = [
      "data/people.jsonl": "{\"id\": \"c2\", \"tier\": \"pro\", \"score\": 12.5}\n"
        + "\n{\"id\": \"c1\", \"vip\": true, \"score\": null}\n",
      "data/orders.jsonl": "{\"id\": \"c1\", \"at\": \"2026-03-01T10:00:00Z\", \"amount\": 5}\n"
        + "[1, 2]\n{\"id\": \"c2\", \"at\": \"2026-03-01T11:00:00Z\", \"amount\": \"x\"}\n",
    ]
    #expect(throws: LoadError.badRow(BadRow(
      path: "data/orders.jsonl", line: 2, reason: "the line holds an array, not a JSON object"))
    ) {
      try ContactData.load(hub: hub, texts: texts)
    }
    let data = try ContactData.load(
      hub: hub, texts: texts, options: LoadOptions(skipBadRows: true))
    #expect(data.contactIDs == ["c1", "c2"])
    let plan = try #require(data.profiles.fieldIndex("plan"))
    let score = try #require(data.profiles.fieldIndex("score"))
    #expect(data.profiles.text(data.profiles.value(plan, of: 1, at: 0), field: plan) == "pro")
    #expect(data.profiles.value(score, of: 0, at: 0).isMissing)
    #expect(data.events.tables[0].times == [Fixtures.t("2026-03-01T10:00:00Z")])
    #expect(data.report.skippedRows.map(\.description) == [
      "data/orders.jsonl:2: the line holds an array, not a JSON object",
      "data/orders.jsonl:3: amount \"x\" is not a number",
    ])
  }
}
