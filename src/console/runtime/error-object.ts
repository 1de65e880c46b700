import type { ErrorRecord } from './errors';
import { PSCustomObject, type PSValue } from './values';

/** An ErrorRecord as a script sees it in `$_` inside catch, in `$Error` and in -ErrorVariable. */
export class ErrorRecordObject extends PSCustomObject {
  constructor(readonly record: ErrorRecord) {
    super(['System.Management.Automation.ErrorRecord']);
    this.add('Exception', PSCustomObject.from({ Message: record.message }, [`System.Management.Automation.${record.reason}`]));
    this.add('CategoryInfo', PSCustomObject.from({
      Category: record.category,
      Activity: record.activity,
      Reason: record.reason,
      TargetName: record.targetName,
      TargetType: record.targetType,
    }, ['System.Management.Automation.ErrorCategoryInfo']));
    this.add('FullyQualifiedErrorId', record.fullyQualifiedErrorId);
    this.add('TargetObject', record.targetObject ?? null);
    this.add('ErrorDetails', record.details ? PSCustomObject.from({ Message: record.details }, ['System.Management.Automation.ErrorDetails']) : null);
  }

  override displayText(): string {
    return this.record.message;
  }
}

export function errorObject(record: ErrorRecord): PSValue {
  return new ErrorRecordObject(record);
}
