/// What must happen after the application handled an event.
public enum Reaction: Hashable, Sendable {
  /// Nothing changed on screen.
  case none
  /// Draw the screen again.
  case redraw
  /// The size changed: lay out again and draw everything.
  case relayout
  /// Leave the program.
  case quit
}
