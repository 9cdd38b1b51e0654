/// What a piece of screen text means; a `Theme` decides how each role looks.
///
/// Views name roles, never colours, so a theme file or monochrome mode can restyle
/// everything. The raw value is the key used in theme files.
public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
  /// Ordinary text.
  case normal
  /// Secondary text: hints, placeholders, disabled items.
  case muted
  /// The selected row or item.
  case selection
  /// The border of the focused pane.
  case focusBorder
  /// The border of an unfocused pane.
  case border
  /// A pane or dialog title.
  case title
  /// An error message or marker.
  case error
  /// A warning message or marker.
  case warning
  /// A success message or marker.
  case ok
  /// A key in a key hint, such as `q` in "q quit".
  case keyHint
  /// The label in a key hint, such as "quit".
  case keyLabel
  /// The header bar at the top of the screen.
  case header
  /// The footer bar at the bottom of the screen.
  case footer
  /// A transient message in the status line.
  case flash
  /// A marker for unsaved changes.
  case dirty
  /// A value that just changed (a counter that moved, for a moment).
  case changed
  /// A start step.
  case stepStart
  /// A wait step.
  case stepWait
  /// A segment (branching) step.
  case stepSegment
  /// A pause-until step.
  case stepPauseUntil
  /// An activation step.
  case stepActivate
  /// A stop step.
  case stepStop
  /// The label of a branch.
  case branchLabel
  /// Something active in a running simulation.
  case simActive
  /// A simulation counter.
  case simCount
  /// The breadcrumb path ("where am I").
  case breadcrumb
  /// A text input field.
  case inputField
  /// The body of a dialog box.
  case dialog
}
