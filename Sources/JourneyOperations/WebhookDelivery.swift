import Dispatch
import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Posts a batch as one JSON object to a URL. Any 2xx answer takes the batch; anything else
/// (another status, no answer within the timeout, no connection) is retried after a wait
/// that doubles each time, up to the attempt limit. The batch id travels in the
/// `X-Journey-Batch` header, and every activation keeps its own id, so a receiver can drop
/// a batch or an activation it has already taken.
struct WebhookDelivery: DeliveryTarget {
  /// The address as written in hub.json.
  let address: String
  /// The parsed address.
  let url: URL
  /// Timeout, attempts and waits.
  let options: DeliveryOptions

  /// A webhook at `address`.
  init(address: String, options: DeliveryOptions) throws(DeliveryError) {
    guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", url.host != nil
    else { throw .badURL(address) }
    self.address = address
    self.url = url
    self.options = options
  }

  func deliver(_ batch: DeliveryBatch) throws(DeliveryError) {
    var request = URLRequest(url: url, timeoutInterval: options.webhookTimeout)
    request.httpMethod = "POST"
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    request.setValue(batch.id, forHTTPHeaderField: "X-Journey-Batch")
    request.httpBody = Data(batch.json.utf8)

    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = options.webhookTimeout
    configuration.timeoutIntervalForResource = options.webhookTimeout
    // TODO: URLSession on Linux has no proxy settings of its own: libcurl follows the
    // http_proxy, https_proxy and no_proxy variables, so a proxy there also carries webhooks.
    let session = URLSession(configuration: configuration)
    defer { session.invalidateAndCancel() }

    var wait = options.backoff
    var reason = ""
    for attempt in 1...options.webhookAttempts {
      if attempt > 1 {
        Thread.sleep(forTimeInterval: wait)
        wait *= 2
      }
      guard let failure = post(request, with: session) else { return }
      reason = failure
    }
    throw .webhook(url: address, attempts: options.webhookAttempts, reason: reason)
  }

  /// Sends `request` once; nil when a 2xx answer came, else why not.
  private func post(_ request: URLRequest, with session: URLSession) -> String? {
    let answer = Answer()
    let done = DispatchSemaphore(value: 0)
    let task = session.dataTask(with: request) { _, response, error in
      answer.set(response: response, error: error)
      done.signal()
    }
    task.resume()
    if done.wait(timeout: .now() + options.webhookTimeout + 5) == .timedOut {
      task.cancel()
      return "no answer within \(Self.seconds(options.webhookTimeout))"
    }
    return answer.failure(timeout: options.webhookTimeout)
  }

  /// "10 s", "0.5 s".
  static func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
  }
}

/// The answer to one request, handed from URLSession's thread to the waiting one.
private final class Answer: @unchecked Sendable {
  private let lock = NSLock()
  private var status: Int?
  private var error: (any Error)?

  /// Keeps the response's status or the error.
  func set(response: URLResponse?, error: (any Error)?) {
    lock.withLock {
      status = (response as? HTTPURLResponse)?.statusCode
      self.error = error
    }
  }

  /// Nil for a 2xx status, else the failure in words.
  func failure(timeout: Double) -> String? {
    lock.withLock {
      if let error {
        let code = (error as? URLError)?.code
        if code == .timedOut {
          return "no answer within \(WebhookDelivery.seconds(timeout))"
        }
        if code == .cannotConnectToHost {
          return "connection refused"
        }
        return error.localizedDescription
      }
      guard let status else { return "no HTTP answer" }
      return (200..<300).contains(status) ? nil : "HTTP \(status)"
    }
  }
}
