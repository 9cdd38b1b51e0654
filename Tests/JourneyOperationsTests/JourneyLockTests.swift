import Foundation
import Testing

@testable import JourneyOperations

@Suite struct JourneyLockTests {
  @Test func aSecondLockIsRefusedNamingTheHolderUntilTheFirstIsReleased() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("journey-lock-tests-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let first = try JourneyLock(journeyID: "welcome", root: root)
    let path = root.appendingPathComponent(".journey/locks/welcome.lock").path

    #expect(first.path == path)
    #expect(
      throws: OperationsError.lockHeld(
        journeyID: "welcome", holder: "process \(getpid())", path: path)
    ) { try JourneyLock(journeyID: "welcome", root: root) }
    #expect(
      OperationsError.lockHeld(journeyID: "welcome", holder: "process 42", path: path)
        .description
        == "journey \"welcome\" is being run by process 42 (lock \(path)); try again when it "
        + "has finished")
    _ = try JourneyLock(journeyID: "other", root: root)

    first.release()
    let second = try JourneyLock(journeyID: "welcome", root: root)
    second.release()
  }

  @Test func anIDNeverNamesAFileOutsideTheLocksFolder() {
    #expect(JourneyLock.fileName("welcome-series_2.b") == "welcome-series_2.b")
    #expect(JourneyLock.fileName("../x/y") == "_.._x_y")
    #expect(JourneyLock.fileName("série") == "s_rie")
    #expect(JourneyLock.fileName("") == "_")
  }
}
