/// Read-only bytes lent to worker threads for the duration of a parallel call.
struct SharedBytes: @unchecked Sendable {
  /// The bytes; they must outlive every worker that reads them.
  let bytes: UnsafeRawBufferPointer
}
