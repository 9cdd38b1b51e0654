import Testing

@Test func placeholderJourneyOperations() { #expect(Bool(true)) }
