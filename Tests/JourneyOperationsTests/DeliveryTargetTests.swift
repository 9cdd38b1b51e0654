import Foundation
import Testing

@testable import JourneyOperations

@Suite struct DeliveryTargetTests {
  private let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("journey-delivery-tests-\(UUID().uuidString)")

  private func batch(_ ids: [String], mayRepeat: Bool = false) -> DeliveryBatch {
    DeliveryBatch(
      journeyID: "welcome", destinationID: "email",
      items: ids.map { id in
        DeliveryBatch.Item(id: id, json: "{\"id\":\"\(id)\",\"contact\":\"a,\\\"b\\\"\"}")
      },
      mayRepeat: mayRepeat)
  }

  private func text(_ path: String) -> String? {
    try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func jsonLinesAreAppendedAndARetrySkipsTheIDsTheFileHolds() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try FileDelivery(path: "out/a.jsonl", format: "jsonl", root: folder)
    try file.deliver(batch(["1", "2"]))
    try file.deliver(batch(["2", "3"], mayRepeat: true))

    let line = { (id: String) in "{\"id\":\"\(id)\",\"contact\":\"a,\\\"b\\\"\"}\n" }
    #expect(text("out/a.jsonl") == line("1") + line("2") + line("3"))
  }

  @Test func aLineCutShortByACrashIsEndedBeforeTheNextOne() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "{\"id\":\"1\",\"con".write(
      to: folder.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
    let file = try FileDelivery(path: "a.jsonl", format: "jsonl", root: folder)
    try file.deliver(batch(["1"], mayRepeat: true))

    #expect(text("a.jsonl") == "{\"id\":\"1\",\"con\n{\"id\":\"1\",\"contact\":\"a,\\\"b\\\"\"}\n")
  }

  @Test func csvRowsGetOneHeaderAndQuotedFields() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try FileDelivery(path: "b.csv", format: "csv", root: folder)
    try file.deliver(batch(["1"]))
    try file.deliver(batch(["1", "2"], mayRepeat: true))

    #expect(text("b.csv") == "id,journey,version,contact,destination,step,arrival,run_at\r\n"
      + "1,\"a,\"\"b\"\"\"\r\n2,\"a,\"\"b\"\"\"\r\n")
  }

  @Test func anUnknownFileFormatIsRefused() {
    #expect(throws: DeliveryError.unknownFormat(path: "a.xml", format: "xml")) {
      try FileDelivery(path: "a.xml", format: "xml", root: folder)
    }
    #expect(
      DeliveryError.unknownFormat(path: "a.xml", format: "xml").description
        == "file delivery a.xml has the format \"xml\": use \"jsonl\" or \"csv\"")
  }

  @Test func aCommandGetsTheBatchOnItsInputInTheWorkspaceFolder() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let command = CommandDelivery(
      arguments: ["sh", "-c", "cat > got.json"], root: folder, options: DeliveryOptions())
    let sent = batch(["1", "2"])
    try command.deliver(sent)

    #expect(text("got.json") == sent.json + "\n")
  }

  @Test func aCommandThatFailsGivesItsStatusAndLastErrorLine() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let command = CommandDelivery(
      arguments: ["sh", "-c", "echo first >&2; echo 'gateway down' >&2; exit 3"], root: folder,
      options: DeliveryOptions())

    #expect(
      throws: DeliveryError.command(
        command: "sh -c echo first >&2; echo 'gateway down' >&2; exit 3",
        reason: "exit status 3: gateway down")
    ) { try command.deliver(batch(["1"])) }
  }

  @Test func aCommandThatRunsTooLongIsStopped() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let command = CommandDelivery(
      arguments: ["sleep", "30"], root: folder, options: DeliveryOptions(commandTimeout: 0.2))

    #expect(
      throws: DeliveryError.command(
        command: "sleep 30", reason: "still running after 0.2 s; stopped")
    ) { try command.deliver(batch(["1"])) }
  }

  @Test func aWebhookGetsTheBatchWithItsIDHeader() throws {
    let server = try LoopbackServer()
    defer { server.stop() }
    let hook = try WebhookDelivery(address: server.url("/in"), options: DeliveryOptions())
    let sent = batch(["1", "2"])
    try hook.deliver(sent)

    #expect(server.requests.map(\.method) == ["POST"])
    #expect(server.requests.first?.body == sent.json)
    #expect(server.requests.first?.headers["x-journey-batch"] == sent.id)
  }

  @Test func aWebhookIsRetriedUntilItTakesTheBatch() throws {
    let server = try LoopbackServer(statuses: [503, 502])
    defer { server.stop() }
    let hook = try WebhookDelivery(
      address: server.url("/in"), options: DeliveryOptions(webhookAttempts: 3, backoff: 0.01))
    try hook.deliver(batch(["1"]))

    #expect(server.requests.count == 3)
    #expect(Set(server.requests.map(\.body)).count == 1)
  }

  @Test func aWebhookThatNeverTakesTheBatchFailsWithTheLastAnswer() throws {
    let server = try LoopbackServer(statuses: [500, 404])
    defer { server.stop() }
    let address = server.url("/in")
    let hook = try WebhookDelivery(
      address: address, options: DeliveryOptions(webhookAttempts: 2, backoff: 0.01))

    #expect(throws: DeliveryError.webhook(url: address, attempts: 2, reason: "HTTP 404")) {
      try hook.deliver(batch(["1"]))
    }
    #expect(
      DeliveryError.webhook(url: address, attempts: 2, reason: "HTTP 404").description
        == "webhook \(address) failed after 2 attempts: HTTP 404")
  }

  @Test func aWebhookNobodyListensOnFailsAsRefused() throws {
    let closed = try ClosedPort()
    let address = closed.url("/in")
    setenv("no_proxy", "127.0.0.1", 1)
    let hook = try WebhookDelivery(
      address: address, options: DeliveryOptions(webhookAttempts: 1, backoff: 0.01))

    #expect(
      throws: DeliveryError.webhook(url: address, attempts: 1, reason: "connection refused")
    ) { try hook.deliver(batch(["1"])) }
  }

  @Test func aWebhookAddressMustBeHTTP() {
    #expect(throws: DeliveryError.badURL("ftp://host/x")) {
      try WebhookDelivery(address: "ftp://host/x", options: DeliveryOptions())
    }
  }
}
