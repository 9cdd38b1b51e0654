import Testing
import TextFormats

@Test func parsesEveryKindOfValueWithPositions() throws {
  let text = "{\n  \"a\": [1, -2.5e3, true, false, null],\n  \"b\": \"é\\n\"\n}"
  let node = try JSONParser.parse(text)
  guard case .object(let members) = node.value else {
    Issue.record("not an object")
    return
  }
  #expect(members.map(\.key) == ["a", "b"])
  #expect(members[0].node.position == TextPosition(line: 2, column: 8))
  #expect(members[1].node.value == .string("é\n"))
  guard case .array(let items) = members[0].node.value else {
    Issue.record("not an array")
    return
  }
  #expect(items.map(\.value) == [.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null])
  #expect(items[1].position == TextPosition(line: 2, column: 12))
}

@Test func decodesEscapesAndSurrogatePairs() throws {
  let node = try JSONParser.parse("\"\\u00e9\\ud83d\\udc4d\\t\\\"\\/\"")
  #expect(node.value == .string("é👍\t\"/"))
}

@Test(arguments: [
  ("", "1:1: expected a value, found the end of the file"),
  ("{\"a\": 1,}", "1:9: expected a key in double quotes, found '}'"),
  ("[1 2]", "1:4: expected ',' or ']' after an array item, found '2'"),
  ("{\"a\" 1}", "1:6: expected ':' after the key \"a\", found '1'"),
  ("{\"a\": 1, \"a\": 2}", "1:10: duplicate key \"a\""),
  ("\"abc", "1:5: unterminated string: add the closing '\"'"),
  ("\"a\nb\"", "1:3: control character in a string: write it as an escape such as \\n"),
  ("01", "1:2: unexpected text after the end of the JSON value"),
  ("-", "1:2: expected a digit, found the end of the file"),
  ("tru", "1:4: expected 'true', found the end of the file"),
  ("\"\\x\"", "1:3: unknown escape '\\x' in a string: use \\\\ for a backslash"),
  ("[\"é\" x]", "1:6: expected ',' or ']' after an array item, found 'x'"),
  ("{\n\n  ]", "3:3: expected a key in double quotes, found ']'"),
])
func syntaxErrorsSayWhereAndWhat(text: String, message: String) {
  do {
    _ = try JSONParser.parse(text)
    Issue.record("\(text) was accepted")
  } catch {
    #expect(error.description == message)
  }
}

@Test func deepNestingIsRefusedNotCrashed() {
  let text = String(repeating: "[", count: 10_000)
  do {
    _ = try JSONParser.parse(text)
    Issue.record("deep nesting was accepted")
  } catch {
    #expect(error.description == "1:201: nesting deeper than 200 levels")
  }
}

@Test func invalidUTF8IsAnError() {
  do {
    _ = try JSONParser.parse([0x22, 0xFF, 0x22])
    Issue.record("invalid UTF-8 was accepted")
  } catch {
    #expect(error.description == "1:3: the file is not valid UTF-8: save it as UTF-8")
  }
}

@Test func writerIndentsAndKeepsOrder() throws {
  let value = JSONValue.object([
    JSONMember("z", JSONNode(.int(1))),
    JSONMember("a", JSONNode(.array([JSONNode(.string("x")), JSONNode(.string("y\"z"))]))),
    JSONMember("o", JSONNode(.object([]))),
    JSONMember("l", JSONNode(.array([JSONNode(.object([JSONMember("k", JSONNode(.null))]))]))),
  ])
  let text = JSONWriter.text(of: value)
  #expect(text == """
    {
      "z": 1,
      "a": ["x", "y\\"z"],
      "o": {},
      "l": [
        {
          "k": null
        }
      ]
    }

    """)
  #expect(JSONWriter.text(of: try JSONParser.parse(text).value) == text)
}

@Test func writerEscapesControlCharacters() {
  #expect(JSONWriter.text(of: .string("a\u{01}\t\n")) == "\"a\\u0001\\t\\n\"\n")
}
