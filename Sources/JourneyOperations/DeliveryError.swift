/// Why a delivery attempt failed; its activations wait in the outbox for the next attempt.
public enum DeliveryError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The destination is not in hub.json any more.
  case unknownDestination(String)
  /// The destination has no delivery in hub.json.
  case noDelivery(String)
  /// A file destination names a format other than jsonl or csv.
  case unknownFormat(path: String, format: String)
  /// Writing the file failed.
  case file(path: String, reason: String)
  /// The webhook's address cannot be used.
  case badURL(String)
  /// The webhook did not take the batch after every attempt.
  case webhook(url: String, attempts: Int, reason: String)
  /// The command could not be started.
  case commandNotStarted(command: String, reason: String)
  /// The command failed or ran too long.
  case command(command: String, reason: String)

  /// What went wrong and what to do.
  public var description: String {
    switch self {
    case .unknownDestination(let id):
      return "destination \"\(id)\" is not in hub.json: add it back so its activations can go"
    case .noDelivery(let id):
      return "destination \"\(id)\" has no delivery in hub.json: add a file, webhook or "
        + "command delivery to it"
    case .unknownFormat(let path, let format):
      return "file delivery \(path) has the format \"\(format)\": use \"jsonl\" or \"csv\""
    case .file(let path, let reason):
      return "cannot append to \(path): \(reason); check the folder and the disk"
    case .badURL(let url):
      return "webhook \"\(url)\" is not an http or https address: fix it in hub.json"
    case .webhook(let url, let attempts, let reason):
      let tries = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
      return "webhook \(url) failed after \(tries): \(reason)"
    case .commandNotStarted(let command, let reason):
      return "cannot start the command \(command): \(reason)"
    case .command(let command, let reason):
      return "command \(command) failed: \(reason)"
    }
  }
}
