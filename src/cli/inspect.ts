import { entities } from '../tenant/collection';
import { skuById } from '../tenant/catalog';
import type { Tenant } from '../tenant/model';
import { formatPath, formatProblem, instantiate, loadScenario, parseAttempt, replayAttempt } from '../scenario';
import { EXIT, readText, UsageError, type ExitCode, type Output } from './io';

/** The objects an instructor names in a hand-written attempt, with their ids. */
function listObjects(tenant: Tenant, output: Output, only?: ReadonlySet<string>): void {
  const shown = (id: string) => only === undefined || only.has(id);
  const section = (title: string, rows: [string, string][]) => {
    const kept = rows.filter(([, id]) => shown(id));
    if (kept.length === 0) return;
    output.out(`  ${title}:`);
    for (const [name, id] of kept.sort(([a], [b]) => a.localeCompare(b))) output.out(`    ${name}  ${id}`);
  };
  section('users', [...entities(tenant.directory.users)].map((user) => [`${user.userPrincipalName} (${user.displayName})`, user.id]));
  section('deleted users', [...entities(tenant.directory.deletedUsers)].map((user) => [`${user.userPrincipalName} (${user.displayName})`, user.id]));
  section('groups', [...entities(tenant.directory.groups)].map((group) => [group.displayName, group.id]));
  section('administrative units', [...entities(tenant.roles.administrativeUnits)].map((unit) => [unit.displayName, unit.id]));
  section('contacts', [...entities(tenant.directory.contacts)].map((contact) => [contact.mail, contact.id]));
  section('domains', [...entities(tenant.domains.domains)].map((domain) => [domain.id, domain.id]));
  section('subscriptions (skuId)', [...entities(tenant.licensing.subscribedSkus)].map((sku) => [skuById(sku.skuId)?.skuPartNumber ?? sku.skuId, sku.skuId]));
}

function seedOption(options: readonly string[]): number | undefined {
  const given = options.find((option) => option.startsWith('--seed='));
  if (given === undefined) return undefined;
  const seed = Number(given.slice('--seed='.length));
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UsageError(`--seed takes a whole number from 0 to 4294967295, not '${given.slice(7)}'.`);
  return seed;
}

/**
 * `lab inspect <scenario> [attempt] [--seed=N]`: the drawn variables and every object's id at the
 * start, and with an attempt what each of its commands created, so an instructor can write
 * attempts by hand (or by reference) and build a gradebook test set without the browser.
 */
export function inspect(scenarioFile: string, attemptFile: string | undefined, options: readonly string[], output: Output): ExitCode {
  const loaded = loadScenario(readText(scenarioFile), scenarioFile);
  if (!loaded.ok) {
    output.err(`✗ ${scenarioFile} is not a valid scenario:`);
    for (const problem of loaded.problems) output.err(`  ${formatProblem(problem)}`);
    return EXIT.failed;
  }
  const parsed = attemptFile === undefined ? undefined : parseAttempt(readText(attemptFile), attemptFile);
  if (parsed && !parsed.ok) {
    output.err(`✗ ${attemptFile} cannot be read:`);
    for (const problem of parsed.problems) output.err(`  ${formatProblem(problem)}`);
    return EXIT.failed;
  }
  const seed = seedOption(options) ?? parsed?.attempt.seed ?? 0;
  const prepared = instantiate(loaded.loaded.scenario, { seed });
  if (!prepared.ok) {
    for (const problem of prepared.problems) output.err(`  ${scenarioFile}: ${formatPath(problem.path)}: ${problem.message}`);
    return EXIT.failed;
  }
  const { instance } = prepared;
  output.out(`${instance.scenario.id}, seed ${seed}${parsed ? ` (from ${attemptFile})` : ''}`);
  output.out('Variables:');
  const variables = Object.entries(instance.variables);
  if (variables.length === 0) output.out('  none');
  for (const [name, value] of variables) output.out(`  ${name} = ${JSON.stringify(value)}`);
  output.out(`Signed in as ${instance.signInAs}  ${instance.actor.kind === 'user' ? instance.actor.userId : ''}`);
  output.out('At the start:');
  listObjects(instance.start, output);
  if (!parsed?.ok) return EXIT.ok;
  const replayed = replayAttempt(instance, parsed.attempt);
  output.out(`After the attempt: ${replayed.accepted} commands accepted, ${replayed.rejected} rejected.`);
  (replayed.created ?? []).forEach((id, index) => {
    if (id !== undefined) output.out(`  log[${index}] (${parsed.attempt.log[index]!.command.type}) created ${id}: { createdBy: ${index} }`);
  });
  const added = new Set([...(replayed.created ?? [])].filter((id): id is string => id !== undefined));
  if (added.size > 0) {
    output.out('Created during the attempt:');
    listObjects(replayed.final, output, added);
  }
  for (const problem of replayed.problems) output.err(`  ${formatProblem({ file: attemptFile!, ...parsed.locate(problem.path), path: formatPath(problem.path), message: problem.message })}`);
  return replayed.problems.length > 0 ? EXIT.failed : EXIT.ok;
}
