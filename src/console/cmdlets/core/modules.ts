import type { CmdletDefinition } from '../types';

/** The module versions Get-Command reports, as of the SDK releases the console follows. */
const VERSIONS: readonly (readonly [RegExp, string])[] = [
  [/^Microsoft\.Graph\./, '2.25.0'],
  [/^Microsoft\.Entra/, '1.0.2'],
  [/^Microsoft\.PowerShell\./, '7.0.0.0'],
];

export function moduleVersion(module: string): string {
  return VERSIONS.find(([pattern]) => pattern.test(module))?.[1] ?? '';
}

/** The learn.microsoft.com address of a command's reference page. */
export function onlineHelp(definition: CmdletDefinition): string {
  const module = definition.module.toLowerCase();
  const name = definition.name.toLowerCase();
  if (module.startsWith('microsoft.graph')) return `https://learn.microsoft.com/powershell/module/${module}/${name}?view=graph-powershell-1.0`;
  if (module.startsWith('microsoft.entra')) return `https://learn.microsoft.com/powershell/module/${module}/${name}?view=entra-powershell`;
  return `https://learn.microsoft.com/powershell/module/${module}/${name}`;
}
