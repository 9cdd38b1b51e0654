import Testing
@testable import JourneyModel

/// A journey file with every step type, written in the canonical layout.
let canonicalJourney = """
  {
    "formatVersion": 1,
    "id": "welcome",
    "name": "Welcome series",
    "description": "Greets new buyers.",
    "status": "draft",
    "version": 0,
    "updatedAt": "2026-12-01T09:00:00Z",
    "settings": {
      "timeZone": "Europe/Paris",
      "enrollment": "new-only",
      "schedule": "every 4 hours"
    },
    "allowRepeat": false,
    "entry": {
      "operator": "any",
      "rules": [
        {
          "event": "purchase",
          "where": [
            {
              "property": "value",
              "op": ">",
              "value": "10"
            }
          ],
          "atLeast": 2
        },
        {
          "audience": "new-signups"
        }
      ]
    },
    "exit": {
      "operator": "all",
      "rules": [
        {
          "field": "status",
          "op": "in",
          "values": ["converted", "churned"]
        }
      ]
    },
    "steps": [
      {
        "id": "start",
        "type": "start",
        "next": "wait"
      },
      {
        "id": "wait",
        "type": "wait",
        "name": "Let them settle",
        "duration": {
          "amount": 1,
          "unit": "days"
        },
        "next": "seg"
      },
      {
        "id": "seg",
        "type": "segment",
        "field": "plan",
        "groups": [
          {
            "name": "Pro",
            "values": ["pro", "team"],
            "next": "pause"
          }
        ],
        "other": "monday"
      },
      {
        "id": "pause",
        "type": "pauseUntil",
        "condition": {
          "event": "purchase"
        },
        "timeout": {
          "amount": 7,
          "unit": "days"
        },
        "whenMet": "email",
        "onTimeout": "stop-2"
      },
      {
        "id": "email",
        "type": "activate",
        "destinations": ["email", "crm"],
        "next": "stop-1"
      },
      {
        "id": "stop-1",
        "type": "stop"
      },
      {
        "id": "stop-2",
        "type": "stop"
      },
      {
        "id": "monday",
        "type": "wait",
        "until": {
          "weekday": "monday",
          "time": "09:00",
          "contactZoneField": "tz"
        }
      }
    ]
  }

  """

@Test func canonicalFileRoundTripsByteForByte() throws {
  let journey = try JourneyCoding.decode(canonicalJourney)
  #expect(JourneyCoding.encode(journey) == canonicalJourney)
}

@Test func decodedJourneyHasEveryOption() throws {
  let journey = try JourneyCoding.decode(canonicalJourney)
  #expect(journey.settings.schedule == .everyHours(4))
  #expect(journey.updatedAt == 1_796_115_600)
  #expect(journey.entry.rules.count == 2)
  #expect(journey.exit.op == .all)
  #expect(journey.steps.map(\.kind.type) == [
    .start, .wait, .segment, .pauseUntil, .activate, .stop, .stop, .wait,
  ])
  guard case .wait(let wait) = journey.steps[7].kind, case .until(let until)? = wait.mode else {
    Issue.record("the last step is not a weekday wait")
    return
  }
  #expect(until.zone == .contact(field: "tz"))
  #expect(until.parsedWeekday == .monday)
  #expect(until.parsedTime == TimeOfDay(hour: 9, minute: 0))
}

@Test func stepTreeOrdersRowsDepthFirst() throws {
  let tree = try StepTree(try JourneyCoding.decode(canonicalJourney))
  #expect(tree.rows.map(\.id) == [
    "start", "wait", "seg", "pause", "email", "stop-1", "stop-2", "monday",
  ])
  #expect(tree.rows.map(\.depth) == [0, 1, 2, 3, 4, 5, 4, 3])
  #expect(tree.ancestry(of: "stop-2") == ["start", "wait", "seg", "pause", "stop-2"])
  #expect(tree.subtree(of: "pause") == ["pause", "email", "stop-1", "stop-2"])
}

/// The canonical journey with `old` replaced by `new`, to break it in one place.
func journeyText(replacing old: String, with new: String) -> String {
  canonicalJourney.replacingOccurrences(of: old, with: new)
}

/// A broken journey file and the exact message it must give.
struct MalformedCase: Sendable {
  let text: String
  let message: String
}

let malformedCases: [MalformedCase] = [
  MalformedCase(
    text:
    journeyText(replacing: "\"type\": \"wait\",\n      \"name\"", with: "\"type\": \"delay\",\n"
      + "      \"name\""),
    message:
    "j.json:52:15: step \"wait\" has unknown type \"delay\": expected one of \"start\", "
      + "\"wait\", \"segment\", \"pauseUntil\", \"activate\", \"stop\""
  ),
  MalformedCase(
    text:
    journeyText(replacing: "\"id\": \"stop-2\"", with: "\"id\": \"stop-1\""),
    message:
    "j.json:96:5: two steps have the id \"stop-1\": give each step its own id"
  ),
  MalformedCase(
    text:
    journeyText(replacing: "\"type\": \"stop\"\n    },\n    {\n      \"id\": \"monday\"",
      with: "\"type\": \"start\"\n    },\n    {\n      \"id\": \"monday\""),
    message:
    "j.json:96:5: step \"stop-2\" is a second Start: a journey has exactly one Start step"
  ),
  MalformedCase(
    text:
    journeyText(replacing: "\"onTimeout\": \"stop-2\"", with: "\"onTimeout\": \"stop-1\""),
    message:
    "j.json:86:5: step \"stop-1\" has two parents, \"pause\" and \"email\": a step follows "
      + "exactly one step, so give one of them a copy of it instead"
  ),
  MalformedCase(
    text:
    journeyText(replacing: "\"other\": \"monday\"", with: "\"other\": \"seg\""),
    message:
    "j.json:60:5: step \"seg\" has two parents, \"wait\" and \"seg\": a step follows "
      + "exactly one step, so give one of them a copy of it instead"
  ),
  MalformedCase(
    text:
    journeyText(replacing: "\"next\": \"stop-1\"", with: "\"next\": \"nowhere\""),
    message:
    "j.json:86:5: the next path of step \"email\" leads to \"nowhere\", which is not a step: "
      + "fix the id or add the step"
  ),
  MalformedCase(
    text:
    journeyText(replacing: "\"name\": \"Let them settle\",", with: "\"nmae\": \"x\","),
    message:
    "j.json:53:15: unknown key \"nmae\" in step \"wait\": expected \"duration\", \"id\", "
      + "\"name\", \"next\", \"type\""
  ),
  MalformedCase(
    text:
    journeyText(replacing: "\"amount\": 1,", with: "\"amount\": \"one\","),
    message:
    "j.json:55:19: \"amount\" of the duration of step \"wait\" must be a whole number, "
      + "found a string"
  ),
  MalformedCase(
    text:
    journeyText(replacing: "\"schedule\": \"every 4 hours\"", with: "\"schedule\": \"hourly\""),
    message:
    "j.json:12:17: the schedule \"hourly\" is not one of \"manual\", \"every N hours\" (1-24), "
      + "\"daily at HH:MM\", \"weekly on DAY at HH:MM\" or \"real-time\""
  ),
  MalformedCase(
    text:
    journeyText(replacing: "\"version\": 0,", with: "\"version\": 0"),
    message:
    "j.json:8:3: expected ',' or '}' after an object member, found '\"'"
  ),
]

@Test(arguments: malformedCases)
func malformedFilesSayWhereAndWhy(_ example: MalformedCase) {
  let text = example.text
  let message = example.message
  #expect(throws: FormatError.self) { try JourneyCoding.decode(text, file: "j.json") }
  do {
    _ = try JourneyCoding.decode(text, file: "j.json")
  } catch {
    #expect(error.description == message)
  }
}

@Test func cycleIsRejected() {
  let text = """
    {"id": "loop", "steps": [
      {"id": "start", "type": "start", "next": "a"},
      {"id": "a", "type": "wait", "duration": {"amount": 1, "unit": "days"}},
      {"id": "b", "type": "wait", "duration": {"amount": 1, "unit": "days"}, "next": "c"},
      {"id": "c", "type": "wait", "duration": {"amount": 1, "unit": "days"}, "next": "b"}
    ]}
    """
  do {
    _ = try JourneyCoding.decode(text, file: "loop.json")
    Issue.record("a cycle was accepted")
  } catch {
    #expect(error.description == "loop.json:4:3: steps \"b\", \"c\" lead to each other in a "
      + "cycle: a journey is a tree, so break the loop")
  }
}

@Test func missingStartIsRejected() {
  do {
    _ = try JourneyCoding.decode("{\"id\": \"x\", \"steps\": []}", file: "x.json")
    Issue.record("a journey without Start was accepted")
  } catch {
    #expect(error.description == "x.json:1:1: the journey has no Start step: add one step with "
      + "\"type\": \"start\"")
  }
}

@Test func aDuplicateCatalogueNameIsReportedWhereItStands() {
  let text = """
    {
      "fields": [
        {"name": "plan", "type": "string"},
        {"name": "plan", "type": "number"}
      ]
    }
    """
  do {
    _ = try HubCoding.decode(text, file: "hub.json")
    Issue.record("a duplicate field was accepted")
  } catch {
    #expect(error.description == "hub.json:4:5: two of the catalogue's fields are named "
      + "\"plan\": names must be unique")
  }
}
