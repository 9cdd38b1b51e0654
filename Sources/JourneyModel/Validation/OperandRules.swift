/// The field or property a test compares, as sentences name it.
struct Operand {
  /// "field" or "property".
  var noun: String
  /// Its name as written.
  var name: String
  /// Its type, when the catalogue knows it.
  var type: FieldType?

  /// `number field "age"`, or `field "age"` when the type is unknown.
  var label: String {
    let named = "\(noun) \(ProblemText.quote(name))"
    return type.map { "\($0.rawValue) \(named)" } ?? named
  }
}

/// Rules for the operator and values of one field or property test.
enum OperandRules {
  /// Checks, in input order, that the operator suits the type, that the operator has the
  /// values it needs, and that each value fits the type.
  static func check(
    _ test: FieldCondition, _ operand: Operand, _ subject: ConditionSubject,
    _ list: inout ProblemList
  ) {
    checkOperator(test.op, operand, subject, &list)

    switch test.op.arity {
    case .none:
      return
    case .one:
      checkSingle(test, operand, subject, &list)
    case .many:
      checkList(test, operand, subject, &list)
    }

    guard let type = operand.type, type != .string else { return }
    for (index, value) in test.values.enumerated() where !ValueCheck.isBlank(value) {
      guard ValueCheck.meaning(value, as: type) == nil else { continue }
      let key = test.op.arity == .one && test.values.count == 1 ? "value" : "values[\(index)]"
      list.add(.valueTypeMismatch, subject.path(key), "\(subject.text) compares "
        + "\(operand.label) with \(ProblemText.quote(value)), which is not "
        + "\(ValueCheck.typeName(type)): \(ValueCheck.hint(type)).")
    }
  }

  private static func checkOperator(
    _ op: ConditionOperator, _ operand: Operand, _ subject: ConditionSubject,
    _ list: inout ProblemList
  ) {
    guard let type = operand.type else { return }

    let quoted = ProblemText.quote(op.rawValue)
    if op.isOrdering && type == .bool {
      list.add(.operatorTypeMismatch, subject.path("op"), "\(subject.text) uses \(quoted) on "
        + "\(operand.label): true and false have no order, so use \"=\" or \"!=\".")
    } else if op == .contains && type != .string {
      list.add(.operatorTypeMismatch, subject.path("op"), "\(subject.text) uses \(quoted) on "
        + "\(operand.label): \(quoted) needs a string \(operand.noun), so use \"=\" or \"in\".")
    }
  }

  private static func checkSingle(
    _ test: FieldCondition, _ operand: Operand, _ subject: ConditionSubject,
    _ list: inout ProblemList
  ) {
    let quoted = ProblemText.quote(test.op.rawValue)
    if test.values.count > 1 {
      let instead: String
      switch test.op {
      case .equals: instead = "keep one or use \"in\""
      case .notEquals: instead = "keep one or use \"not in\""
      default: instead = "keep one"
      }
      list.add(.tooManyValues, subject.path("values"), "\(subject.text) compares "
        + "\(operand.label) with \(quoted) against \(test.values.count) values: \(quoted) "
        + "takes one value, so \(instead).")
    } else if test.values.first.map(ValueCheck.isBlank) ?? true {
      list.add(.missingValue, subject.path("value"), "\(subject.text) compares "
        + "\(operand.label) with \(quoted) but has no value: type the value to compare with.")
    }
  }

  private static func checkList(
    _ test: FieldCondition, _ operand: Operand, _ subject: ConditionSubject,
    _ list: inout ProblemList
  ) {
    guard test.values.contains(where: { !ValueCheck.isBlank($0) }) else {
      list.add(.missingValue, subject.path("values"), "\(subject.text) tests \(operand.label) "
        + "with \(ProblemText.quote(test.op.rawValue)) but lists no values: add at least one "
        + "value.")
      return
    }

    for (index, value) in test.values.enumerated() where ValueCheck.isBlank(value) {
      list.add(.missingValue, subject.path("values[\(index)]"), "\(subject.text) lists an "
        + "empty value for \(operand.label): remove it or type a value.")
    }
  }
}
