import { PSObject, type PSValue } from '../runtime/values';

/**
 * What Format-Table and Format-List emit: formatting records, which only Out-Default, Out-Host,
 * Out-String and Out-File understand. Piping them anywhere else gets the same surprise as in
 * PowerShell (`Format-Table | Export-Csv` writes format objects, not users).
 */
export class FormattedText extends PSObject {
  readonly typeNames = ['Microsoft.PowerShell.Commands.Internal.Format.FormatStartData'];

  constructor(readonly lines: readonly string[]) {
    super();
  }

  get(name: string): PSValue | undefined {
    return name.toLowerCase() === 'classid2e4f51ef21dd47e99d3c952918aff9cd' ? '033ecb2bc07a4d43b5ef94ed5a35d280' : undefined;
  }

  set(): boolean {
    return false;
  }

  propertyNames(): readonly string[] {
    return ['ClassId2e4f51ef21dd47e99d3c952918aff9cd'];
  }
}
