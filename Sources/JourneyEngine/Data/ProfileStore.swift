import JourneyModel

/// Profile fields of every contact, stored by column, and the changes to them over time,
/// grouped per contact and sorted by time (then by their order in the files), so that "the
/// profile as of a moment" is one column read plus a short scan.
public final class ProfileStore: Sendable {
  /// The profile fields, in catalogue order; column `i` holds field `i`.
  public let fields: [FieldDefinition]
  /// The initial value of each field, one row per contact.
  public let columns: [Column]
  /// Where each contact's changes start in the change arrays (contact count + 1 entries).
  let changeOffsets: [Int32]
  /// When each change happened.
  let changeTimes: [Int64]
  /// Which field each change sets.
  let changeFields: [Int32]
  /// The value each change sets (`ValueCode` bits).
  let changeValues: [Int64]
  private let fieldIndexes: [String: Int]

  /// Assembles a store from finished columns and change arrays.
  init(
    fields: [FieldDefinition], columns: [Column], changeOffsets: [Int32],
    changeTimes: [Int64], changeFields: [Int32], changeValues: [Int64]
  ) {
    self.fields = fields
    self.columns = columns
    self.changeOffsets = changeOffsets
    self.changeTimes = changeTimes
    self.changeFields = changeFields
    self.changeValues = changeValues
    var indexes: [String: Int] = [:]
    for (index, field) in fields.enumerated() where indexes[field.name] == nil {
      indexes[field.name] = index
    }
    fieldIndexes = indexes
  }

  /// The column index of the field named `name`.
  public func fieldIndex(_ name: String) -> Int? {
    fieldIndexes[name]
  }

  /// How many changes the data holds.
  public var changeCount: Int { changeTimes.count }

  /// The positions of `contact`'s changes in the change arrays.
  @inline(__always)
  func changeRange(of contact: Int32) -> Range<Int> {
    Int(changeOffsets[Int(contact)])..<Int(changeOffsets[Int(contact) + 1])
  }

  /// The value of `field` for `contact` as of `time`: changes at that very moment included,
  /// and of two changes at one moment the later in the files wins.
  public func value(_ field: Int, of contact: Int32, at time: Int64) -> ValueCode {
    value(field, initial: columns[field][Int(contact)], changes: changeRange(of: contact), at: time)
  }

  /// The value of `field` as of `time`, given its initial value and the positions of the
  /// contact's changes.
  @inline(__always)
  func value(
    _ field: Int, initial: ValueCode, changes: Range<Int>, at time: Int64
  ) -> ValueCode {
    var value = initial
    let wanted = Int32(field)
    for change in changes {
      if changeTimes[change] > time { break }
      if changeFields[change] == wanted { value = ValueCode(raw: changeValues[change]) }
    }
    return value
  }

  /// The first moment after `time` at which one of the fields marked in `fields` changes
  /// for `contact`; nil when none does.
  func nextChange(of contact: Int32, after time: Int64, among fields: [Bool]) -> Int64? {
    nextChange(in: changeRange(of: contact), after: time, among: fields)
  }

  /// The first moment after `time` at which one of `fields` changes, among the positions
  /// `changes` (one contact's).
  func nextChange(in changes: Range<Int>, after time: Int64, among fields: [Bool]) -> Int64? {
    for change in changes where changeTimes[change] > time {
      if fields[Int(changeFields[change])] { return changeTimes[change] }
    }
    return nil
  }

  /// The value as text for people: the string, the number, true/false or the instant.
  public func text(_ value: ValueCode, field: Int) -> String {
    FieldText.describe(value, type: fields[field].type, pool: columns[field].pool)
  }
}
