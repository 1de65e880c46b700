import { accessBenchmarks } from './access.bench';
import { activeUsersBenchmarks } from './active-users.bench';
import { consoleBenchmarks } from './console.bench';
import { coldStartBenchmarks } from './cold-start.bench';
import { coreBenchmarks } from './core.bench';
import { domainBenchmarks } from './domains.bench';
import { dynamicRuleBenchmarks } from './dynamic-rules.bench';
import { gradingBenchmarks } from './grading.bench';
import { graphBenchmarks } from './graph.bench';
import { groupBenchmarks } from './groups.bench';
import { hybridSyncBenchmarks } from './hybrid-sync.bench';
import type { Benchmark, Figure } from './harness';
import { licensingBenchmarks } from './licensing.bench';
import { resumeBenchmarks } from './resume.bench';
import { roleBenchmarks } from './roles.bench';
import { userBenchmarks } from './users.bench';
import { storageBenchmarks } from './storage.bench';

/** Every benchmark, in one explicit list. */
const benchmarks: readonly [string, Benchmark][] = [
  ['core', coreBenchmarks],
  ['domains', domainBenchmarks],
  ['dynamic-rules', dynamicRuleBenchmarks],
  ['groups', groupBenchmarks],
  ['graph', graphBenchmarks],
  ['users', userBenchmarks],
  ['roles', roleBenchmarks],
  ['licensing', licensingBenchmarks],
  ['storage', storageBenchmarks],
  ['grading', gradingBenchmarks],
  ['active-users', activeUsersBenchmarks],
  ['resume', resumeBenchmarks],
  ['console', consoleBenchmarks],
  ['hybrid-sync', hybridSyncBenchmarks],
  ['cold-start', coldStartBenchmarks],
  ['access', accessBenchmarks],
];

function format(figure: Figure): string {
  const value = figure.unit === 'ms' && figure.value < 10 ? figure.value.toFixed(3) : figure.value.toFixed(1);
  const verdict = figure.target === undefined ? '' : figure.value <= figure.target ? 'meets' : 'MISSES';
  const target = figure.target === undefined ? '' : `< ${figure.target} ${figure.unit}`;
  return `${figure.name.padEnd(62)} ${`${value} ${figure.unit}`.padStart(12)}  ${target.padEnd(12)} ${verdict.padEnd(7)} ${figure.note ?? ''}`;
}

const only = process.argv.slice(2);
for (const [group, benchmark] of benchmarks) {
  if (only.length > 0 && !only.includes(group)) continue;
  console.log(`\n# ${group}`);
  for (const figure of await benchmark()) console.log(format(figure));
}
