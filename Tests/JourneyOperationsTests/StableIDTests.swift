import JourneyOperations
import Testing

@testable import JourneyOperations

@Suite struct StableIDTests {
  @Test func theHashIsFNV1a128() {
    #expect(StableID.fnv1a([]) == "6c62272e07bb014262b821756295c58d")
    #expect(StableID.fnv1a(Array("a".utf8)) == "d228cb696f1a8caf78912b704e4a8964")
  }

  @Test func fieldsAreSeparatedSoTheirBoundariesCount() {
    #expect(StableID.of(["ab", "c"]) != StableID.of(["a", "bc"]))
    #expect(StableID.of(["ab", "c"]) == StableID.of(["ab", "c"]))
    #expect(StableID.of(["a"]) == StableID.fnv1a([0x61, 0]))
  }

  @Test func anActivationHasAStableIDAndAOneLineJSONForm() {
    let record = ActivationRecord(
      journeyID: "welcome", version: 2, contactID: "c\"1", destinationID: "email",
      stepID: "send", arrival: 1_796_115_600, runAt: 1_796_119_200)
    let same = ActivationRecord(
      journeyID: "welcome", version: 2, contactID: "c\"1", destinationID: "email",
      stepID: "send", arrival: 1_796_115_600, runAt: 1_796_122_800)

    #expect(record.id == same.id)
    #expect(record.id == StableID.of(["welcome", "2", "c\"1", "send", "email", "1796115600"]))
    #expect(record.json == """
      {"id":"\(record.id)","journey":"welcome","version":2,"contact":"c\\"1",\
      "destination":"email","step":"send","arrival":"2026-12-01T09:00:00Z",\
      "runAt":"2026-12-01T10:00:00Z"}
      """)
    #expect(record.csvFields == [
      record.id, "welcome", "2", "c\"1", "email", "send", "2026-12-01T09:00:00Z",
      "2026-12-01T10:00:00Z",
    ])
  }
}
