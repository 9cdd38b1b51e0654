import Foundation

/// The benchmark's command line: `journey-bench [--contacts N] [--seed S] [--folder PATH]`.
struct BenchOptions {
  /// Contacts to generate.
  var contacts = 1_000_000
  /// Seed of the generator.
  var seed: UInt64 = 42
  /// Where the workspace lives; generated when absent.
  var folder: URL?

  /// Reads the options, or returns a message for bad usage.
  static func parse(_ words: [String]) -> Result<BenchOptions, BenchUsage> {
    var options = BenchOptions()
    var index = 0
    while index < words.count {
      let word = words[index]
      let value = index + 1 < words.count ? words[index + 1] : nil
      index += 2
      switch word {
      case "--contacts":
        guard let value, let number = Int(value), number > 0 else {
          return .failure(BenchUsage("--contacts needs a positive whole number"))
        }
        options.contacts = number
      case "--seed":
        guard let value, let number = UInt64(value) else {
          return .failure(BenchUsage("--seed needs a whole number"))
        }
        options.seed = number
      case "--folder":
        guard let value else { return .failure(BenchUsage("--folder needs a path")) }
        options.folder = URL(fileURLWithPath: value)
      case "--help", "-h":
        return .failure(BenchUsage(""))
      default:
        return .failure(BenchUsage("unknown option \(word)"))
      }
    }
    return .success(options)
  }

  /// The workspace folder: the one given, or one per size and seed in the temp folder.
  var workspace: URL {
    folder ?? FileManager.default.temporaryDirectory
      .appendingPathComponent("journey-bench-\(contacts)-\(seed)")
  }
}

/// A usage problem, with the usage text.
struct BenchUsage: Error, CustomStringConvertible {
  /// What is wrong; empty when help was asked for.
  let problem: String

  init(_ problem: String) {
    self.problem = problem
  }

  /// The problem and how to call the benchmark.
  var description: String {
    (problem.isEmpty ? "" : "journey-bench: \(problem)\n")
      + "Usage: journey-bench [--contacts N] [--seed S] [--folder PATH]\n"
      + "Generates (once) a workspace of N contacts (default 1,000,000) with about ten events\n"
      + "each over 90 days, then loads it and simulates a journey hourly over the 90 days.\n"
  }
}
