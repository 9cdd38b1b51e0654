/// A terminal without a screen, for tests: replays scripted events and records frames.
///
/// `readKey` hands out the script one event at a time and returns nil once it is used up;
/// a scripted `.resize` also changes `size`, as a real terminal would.
public final class HeadlessTerminal: Terminal {
  /// The current size.
  public private(set) var size: Size

  /// Every buffer passed to `present`, oldest first.
  public private(set) var frames: [CellBuffer] = []

  /// The events not yet read.
  public private(set) var pendingEvents: [KeyEvent]

  /// True between `start()` and `stop()`.
  public private(set) var isRunning = false

  /// How many times `start()` began a session.
  public private(set) var startCount = 0

  /// How many times `stop()` ended a running session.
  public private(set) var stopCount = 0

  /// When set, `start()` throws this instead of starting (to test start-up failures).
  public var startError: TerminalError?

  /// Creates a headless terminal of `size` that will replay `events`.
  public init(size: Size = Size(width: 80, height: 24), events: [KeyEvent] = []) {
    self.size = size
    self.pendingEvents = events
  }

  /// Creates a headless terminal that will replay key presses.
  public convenience init(size: Size = Size(width: 80, height: 24), keys: [Key]) {
    self.init(size: size, events: keys.map(KeyEvent.key))
  }

  /// The last presented buffer.
  public var lastFrame: CellBuffer? { frames.last }

  /// Marks the terminal as running, or throws `startError` when it is set.
  public func start() throws(TerminalError) {
    if let startError {
      throw startError
    }
    guard !isRunning else {
      return
    }
    isRunning = true
    startCount += 1
  }

  /// Marks the terminal as stopped; repeated calls do nothing.
  public func stop() {
    guard isRunning else {
      return
    }
    isRunning = false
    stopCount += 1
  }

  /// Records `buffer`.
  public func present(_ buffer: CellBuffer) {
    frames.append(buffer)
  }

  /// The next scripted event, or nil when the script is used up.
  public func readKey(timeout: Int) -> KeyEvent? {
    guard !pendingEvents.isEmpty else {
      return nil
    }

    let event = pendingEvents.removeFirst()
    if case .resize(let newSize) = event {
      size = newSize
    }
    return event
  }

  /// Adds events to the end of the script.
  public func enqueue(_ events: [KeyEvent]) {
    pendingEvents += events
  }
}
