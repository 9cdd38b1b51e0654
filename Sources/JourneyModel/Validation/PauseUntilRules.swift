/// Rules for Pause Until steps: a valid condition, a timeout from 1 minute to 365 days (none
/// is a warning), and both paths connected.
enum PauseUntilRules {
  /// Checks the condition, the timeout, then the met and timeout paths.
  static func check(_ pause: PauseUntilStep, _ context: StepContext, _ list: inout ProblemList) {
    if let condition = pause.condition {
      let subject = ConditionSubject(.pause(context.step.id))
      ConditionRules.check(condition, subject, context.catalogue, &list)
    } else {
      list.add(.pauseWithoutCondition, "condition", "\(context.name) has no condition: choose "
        + "the profile field or event that releases contacts.")
    }

    checkTimeout(pause.timeout, context, &list)
    PathRules.checkConnected(
      StepPath(.met, pause.metNext), "The met path of \(context.name)", context, &list)
    PathRules.checkConnected(
      StepPath(.timeout, pause.timeoutNext), "The timeout path of \(context.name)", context,
      &list)
  }

  private static func checkTimeout(
    _ timeout: TimeSpan?, _ context: StepContext, _ list: inout ProblemList
  ) {
    guard let timeout else {
      list.add(.pauseWithoutTimeout, "timeout", "\(context.name) has no timeout: contacts that "
        + "never meet the condition wait for ever, so set a timeout of up to 365 days.")
      return
    }

    if timeout.amount < 1 {
      list.add(.timeoutTooShort, "timeout.amount", "\(context.name) times out after "
        + "\(timeout): the shortest timeout is 1 minute.")
    } else if timeout.nominalMinutes > TimeSpan.maximumMinutes {
      list.add(.timeoutTooLong, "timeout.amount", "\(context.name) times out after "
        + "\(timeout): the longest timeout is 365 days.")
    }
  }
}
