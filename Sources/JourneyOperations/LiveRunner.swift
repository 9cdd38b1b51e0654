import Foundation
import JourneyEngine
import JourneyModel
import JourneyStore

/// Runs Active journeys live against the workspace's current data: each run due on the
/// schedule, at its own time, oldest first, continuing from the saved state, one
/// transaction per run, with its activations delivered through the outbox afterwards.
///
/// One runner serves one `journey run` invocation in one workspace, from one thread. A
/// journey is locked while it runs, so two processes never run it at once.
public final class LiveRunner {
  /// The workspace.
  public let workspace: Workspace
  private let store: LiveStore
  private let clock: () -> Date
  private let pause: (PausePoint) throws -> Void
  private let cache: ContactDataCache
  private let outbox: OutboxDelivery

  /// A runner for `workspace`; `clock` is the real clock for history rows and delivery
  /// records, `pause` is called at each `PausePoint` (tests stop the process there; a throw
  /// before the commit fails the run, one after a delivery fails that delivery).
  public init(
    workspace: Workspace, options: RunnerOptions = RunnerOptions(),
    clock: @escaping () -> Date = { Date() },
    pause: @escaping (PausePoint) throws -> Void = { _ in }
  ) throws(OperationsError) {
    self.workspace = workspace
    do {
      store = try LiveStore(workspace: workspace.root)
    } catch {
      throw .store("\(error)")
    }
    self.clock = clock
    self.pause = pause
    cache = ContactDataCache(root: workspace.root, hub: workspace.hub, options: options.load)
    outbox = OutboxDelivery(
      root: workspace.root, hub: workspace.hub, store: store, options: options.delivery,
      clock: clock, pause: pause)
  }

  /// Closes the state file.
  public func close() {
    store.close()
  }

  /// Does what `request` asks for the journey file at `url` at the time `now` (seconds since
  /// 1970), telling `report` each thing as it happens. `shownPath` names the file in
  /// messages.
  public func run(
    journeyAt url: URL, shownPath: String, request: RunRequest, now: Int64,
    report: (RunEvent) -> Void
  ) {
    let journey: Journey
    do {
      journey = try Workspace.loadJourney(at: url, name: shownPath)
    } catch {
      report(.unreadable(path: shownPath, reason: error.description))
      return
    }
    guard journey.status == .active else {
      report(.skipped(journeyID: journey.id, status: journey.status))
      return
    }

    let lock: JourneyLock
    do {
      lock = try JourneyLock(journeyID: journey.id, root: workspace.root)
    } catch {
      report(.refused(journeyID: journey.id, reason: error.description))
      return
    }
    defer { lock.release() }

    do {
      let session = JourneySession(
        journey: journey, published: published(journey), live: try store.journey(journey.id),
        context: SessionContext(
          workspace: workspace, store: store, cache: cache, outbox: outbox, clock: clock,
          pause: pause))
      session.perform(request, now: now, report: report)
    } catch {
      report(.refused(journeyID: journey.id, reason: "\(error)"))
    }
  }

  /// The copy kept when `journey`'s version was published (the file itself when none was
  /// kept), so a live run always uses the frozen published version.
  private func published(_ journey: Journey) -> Journey {
    let kept = try? workspace.archivedVersion(id: journey.id, version: journey.version)
    guard let kept, kept.id == journey.id, kept.version == journey.version else { return journey }
    return kept
  }
}

/// What every journey session of a runner shares.
struct SessionContext {
  /// The workspace.
  let workspace: Workspace
  /// The saved state.
  let store: LiveStore
  /// The contact data.
  let cache: ContactDataCache
  /// The outbox delivery.
  let outbox: OutboxDelivery
  /// The real clock.
  let clock: () -> Date
  /// Called at each pause point.
  let pause: (PausePoint) throws -> Void
}
