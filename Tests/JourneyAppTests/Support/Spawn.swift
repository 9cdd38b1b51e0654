import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program and waits for it, without Foundation's `Process`.
enum Spawn {
  /// Runs `words[0]` with the other words as arguments, standard output to the file at
  /// `stdout`, standard input and error to /dev/null. Returns the exit status, or -1 when
  /// the program could not start.
  static func run(_ words: [String], stdout: String) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

    var arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { arguments.forEach { free($0) } }
    var pid: pid_t = 0
    guard let path = words.first,
      posix_spawn(&pid, path, &actions, nil, &arguments, environ) == 0
    else { return -1 }

    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exited = status & 0x7f == 0
    return exited ? (status >> 8) & 0xff : -1
  }
}
