import Foundation

/// A tiny HTTP server on 127.0.0.1 in the test process: it records each request and answers
/// with the status codes it is told, in order (200 once they run out). Every wait on a socket
/// is bounded, so a broken client can never hang a test.
final class LoopbackServer: @unchecked Sendable {
  /// One request received.
  struct Request: Equatable {
    var method: String
    var path: String
    var headers: [String: String]
    var body: String
  }

  /// The port it listens on.
  let port: UInt16
  private let listener: Int32
  private let lock = NSLock()
  private var statuses: [Int]
  private var received: [Request] = []
  private var stopped = false
  private let finished = DispatchSemaphore(value: 0)

  /// Starts listening; the first requests get `statuses`, later ones 200.
  init(statuses: [Int] = []) throws {
    self.statuses = statuses
    // Requests to this server never go through a proxy the environment may name.
    setenv("no_proxy", "127.0.0.1", 1)
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw ServerError.socket("socket") }
    var yes: Int32 = 1
    setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(descriptor, 16) == 0 else {
      close(descriptor)
      throw ServerError.socket("bind")
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(descriptor, $0, &length)
      }
    }
    listener = descriptor
    port = UInt16(bigEndian: address.sin_port)
    let thread = Thread { [self] in serve() }
    thread.start()
  }

  deinit {
    stop()
  }

  /// The address of `path` on this server.
  func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  /// The requests received so far.
  var requests: [Request] { lock.withLock { received } }

  /// Answers the next requests with `codes`.
  func answer(_ codes: [Int]) { lock.withLock { statuses = codes } }

  /// Stops serving and waits (at most 5 s) for the serving thread to end.
  func stop() {
    let first = lock.withLock { () -> Bool in
      defer { stopped = true }
      return !stopped
    }
    guard first else { return }
    _ = finished.wait(timeout: .now() + 5)
    close(listener)
  }

  private func serve() {
    defer { finished.signal() }
    while !lock.withLock({ stopped }) {
      guard wait(listener, milliseconds: 50) else { continue }
      let client = accept(listener, nil, nil)
      guard client >= 0 else { continue }
      handle(client)
      close(client)
    }
  }

  private func handle(_ client: Int32) {
    var bytes: [UInt8] = []
    var headerEnd: Int?
    while headerEnd == nil {
      guard read(client, into: &bytes) else { return }
      headerEnd = find([13, 10, 13, 10], in: bytes)
    }
    guard let end = headerEnd else { return }
    let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
    let start = head.first?.split(separator: " ").map(String.init) ?? []
    var headers: [String: String] = [:]
    for line in head.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] =
        line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    if headers["expect"]?.lowercased() == "100-continue" {
      send(client, "HTTP/1.1 100 Continue\r\n\r\n")
    }
    let length = Int(headers["content-length"] ?? "0") ?? 0
    while bytes.count - (end + 4) < length {
      guard read(client, into: &bytes) else { return }
    }
    let body = String(decoding: bytes[(end + 4)...].prefix(length), as: UTF8.self)

    let status = lock.withLock { () -> Int in
      received.append(Request(
        method: start.first ?? "", path: start.count > 1 ? start[1] : "", headers: headers,
        body: body))
      return statuses.isEmpty ? 200 : statuses.removeFirst()
    }
    send(client, "HTTP/1.1 \(status) Status\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
  }

  /// Reads what is there within 5 s; false on a timeout, an error or the end.
  private func read(_ client: Int32, into bytes: inout [UInt8]) -> Bool {
    guard wait(client, milliseconds: 5_000) else { return false }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return false }
    bytes += buffer[0..<count]
    return true
  }

  private func send(_ client: Int32, _ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
  }

  /// True when `descriptor` is readable within `milliseconds`.
  private func wait(_ descriptor: Int32, milliseconds: Int32) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, milliseconds) > 0
  }

  private func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= needle.count else { return nil }
    return (0...(bytes.count - needle.count)).first {
      Array(bytes[$0..<$0 + needle.count]) == needle
    }
  }

  /// A socket call failed.
  enum ServerError: Error {
    case socket(String)
  }
}
