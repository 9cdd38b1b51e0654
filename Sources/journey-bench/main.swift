import Foundation
import JourneyEngine
import JourneyModel
import JourneySimulator

/// Runs the benchmark: generate the workspace once, then time the load and the simulation.
func benchmark(_ options: BenchOptions) throws {
  let folder = options.workspace
  let marker = folder.appendingPathComponent(".bench-ready")
  if !FileManager.default.fileExists(atPath: marker.path) {
    print("Generating \(options.contacts) contacts (seed \(options.seed)) in \(folder.path)...")
    let started = Date()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try HubCoding.encode(BenchWorkspace.hub)
      .write(to: folder.appendingPathComponent("hub.json"), atomically: true, encoding: .utf8)
    let events = try DataGenerator(contacts: options.contacts, seed: options.seed)
      .write(to: folder)
    let workspace = try Workspace(root: folder)
    try workspace.save(BenchWorkspace.journey)
    _ = FileManager.default.createFile(atPath: marker.path, contents: Data("\(events)\n".utf8))
    print("Generated \(events) events in " + seconds(Date().timeIntervalSince(started)))
  }

  let started = Date()
  let startedCPU = processorSeconds()
  let workspace = try Workspace(root: folder)
  let journey = try Workspace.loadJourney(at: workspace.journeyURL(id: "bench"))
  let data = try ContactData.load(workspace: folder, hub: workspace.hub)
  let loaded = Date()
  let loadedCPU = processorSeconds()

  let from = BenchWorkspace.start
  let to = from + Int64(BenchWorkspace.days * 86_400)
  let simulator = try Simulator(
    journey: journey, hub: workspace.hub, data: data,
    options: SimulationOptions(
      from: from, to: to,
      shards: ProcessInfo.processInfo.environment["BENCH_SHARDS"].flatMap { Int($0) }))
  let compiled = Date()
  let compiledCPU = processorSeconds()
  var contactSteps = 0
  let runs = simulator.runToEnd { contactSteps += $0.contactSteps }
  let finished = Date()
  let finishedCPU = processorSeconds()

  let report = simulator.snapshot()
  let simulation = finished.timeIntervalSince(compiled)
  print("contacts \(data.contactCount), events \(data.events.count), "
    + "profile changes \(data.profiles.changeCount)")
  print("entered \(report.entered), completed \(report.completed), exited \(report.exitedTotal), "
    + "activations \(report.activations.map { "\($0.name) \($0.value)" }.joined(separator: ", "))")
  print("load        " + seconds(loaded.timeIntervalSince(started))
    + "  (cpu " + seconds(loadedCPU - startedCPU) + ")")
  print("compile     " + seconds(compiled.timeIntervalSince(loaded))
    + "  (cpu " + seconds(compiledCPU - loadedCPU) + ")")
  print("simulate    " + seconds(simulation) + "  (cpu " + seconds(finishedCPU - compiledCPU)
    + ", \(runs) runs)")
  print("total       " + seconds(finished.timeIntervalSince(started))
    + "  (cpu " + seconds(finishedCPU - startedCPU) + ")")
  print("contact-steps \(contactSteps), " + String(format: "%.0f", Double(contactSteps)
    / max(simulation, 1e-9)) + " per second")
  print("peak memory \(peakMemoryMegabytes()) MB")
}

/// Seconds with two decimals.
func seconds(_ interval: TimeInterval) -> String {
  String(format: "%.2f s", interval)
}

/// Processor time used by the whole process so far (all threads), in seconds.
func processorSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The process's peak resident memory, from getrusage.
func peakMemoryMegabytes() -> Int {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return usage.ru_maxrss / 1024
}

switch BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .failure(let usage):
  print(usage.description, terminator: "")
  exit(usage.problem.isEmpty ? 0 : 2)
case .success(let options):
  do {
    try benchmark(options)
  } catch {
    FileHandle.standardError.write(Data("journey-bench: \(error)\n".utf8))
    exit(1)
  }
}
