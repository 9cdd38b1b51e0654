import JourneyModel

/// Why a journey cannot run over the data.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The steps do not form a tree rooted at Start.
  case tree(TreeError)
  /// A time zone name is not known.
  case unknownZone(String)
  /// A condition names a profile field the catalogue does not define.
  case unknownField(String, context: String)
  /// A condition names an event table the catalogue does not define.
  case unknownEvent(String, context: String)
  /// A filter names a property the event table does not have.
  case unknownProperty(String, event: String, context: String)
  /// An entry rule names an audience the catalogue does not define.
  case unknownAudience(String)
  /// An Activate step names a destination the catalogue does not define.
  case unknownDestination(String, step: StepID)
  /// A value typed in the journey does not fit its field's type.
  case badValue(String, field: String, type: FieldType, context: String)
  /// A step lacks configuration it needs to run.
  case incompleteStep(StepID, String)
  /// The journey has no entry rule, so nobody can enter.
  case noEntryRule

  /// What is wrong and what to do.
  public var description: String {
    let fix = "; `journey validate` lists every problem"
    switch self {
    case .tree(let error):
      return error.description
    case .unknownZone(let name):
      return "unknown time zone \"\(name)\": use an IANA name such as \"Europe/Paris\""
    case .unknownField(let name, let context):
      return "\(context) uses the profile field \"\(name)\", which hub.json does not define"
        + fix
    case .unknownEvent(let name, let context):
      return "\(context) uses the event table \"\(name)\", which hub.json does not define" + fix
    case .unknownProperty(let name, let event, let context):
      return "\(context) filters on \"\(name)\", which event table \"\(event)\" does not have"
        + fix
    case .unknownAudience(let name):
      return "an entry rule uses the audience \"\(name)\", which hub.json does not define" + fix
    case .unknownDestination(let id, let step):
      return "step \"\(step)\" activates \"\(id)\", which hub.json does not define" + fix
    case .badValue(let value, let field, let type, let context):
      return "\(context) compares \"\(field)\" with \"\(value)\", which is not a "
        + "\(type.rawValue)" + fix
    case .incompleteStep(let step, let what):
      return "step \"\(step)\" cannot run: \(what)" + fix
    case .noEntryRule:
      return "the journey has no entry rule, so no contact can enter: add one to its Start step"
    }
  }
}
