import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { createAttempt, instantiate, loadScenario } from '../../src/scenario';
import { runSteps } from '../../src/scenario/steps';

function lab(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const scenarioFile = 'scenarios/users-and-groups/fix-license-usage-location.yaml';
const broken = 'tests/fixtures/scenarios-broken';

/** Writes attempt files for the scenario: one solved, one untouched, one forged. */
function attemptFiles(): { solved: string; untouched: string; forged: string; directory: string } {
  const loaded = loadScenario(readFileSync(scenarioFile, 'utf8'), scenarioFile);
  if (!loaded.ok) throw new Error('scenario does not load');
  const prepared = instantiate(loaded.loaded.scenario, { seed: 9 });
  if (!prepared.ok) throw new Error('scenario does not start');
  const { instance } = prepared;
  const solution = runSteps(instance.start, instance.solution, instance.actor, ['solution'], true);
  const directory = mkdtempSync(join(tmpdir(), 'lab-cli-'));
  const write = (name: string, value: unknown) => {
    const path = join(directory, name);
    writeFileSync(path, JSON.stringify(value, null, 2));
    return path;
  };
  const attempt = createAttempt(instance, solution.log, { learner: 'Ada, "the" Learner' });
  return {
    directory,
    solved: write('solved.json', attempt),
    untouched: write('untouched.json', createAttempt(instance, [], { learner: '=cmd' })),
    forged: write('forged.json', { ...attempt, log: attempt.log.map((entry) => ({ ...entry, actor: { kind: 'user', userId: 'x' } })) }),
  };
}

describe('npm run lab', () => {
  it('validate passes a directory of good scenarios with exit code 0', () => {
    const result = lab('validate', 'scenarios/roles');
    expect(result.code).toBe(0);
    expect(result.out).toContain('✓ scenarios/roles/au-scoped-helpdesk.yaml: au-scoped-helpdesk, 7 checks, 3 variants');
    expect(result.out).toContain('5 files: 5 passed, 0 failed.');
  });

  it('validate prints each problem with file, line and column, and exits 1', () => {
    const result = lab('validate', `${broken}/unknown-sku.yaml`, `${broken}/wrong-type.yaml`);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${broken}/unknown-sku.yaml:28:10: checks[1].sku: 'SPE_E7' is not a skuPartNumber in the catalogue`);
    expect(result.err).toContain(`${broken}/wrong-type.yaml:19:13: checks[0].points: expected number, found 'two'`);
    expect(result.out).toContain('2 files: 0 passed, 2 failed.');
  });

  it('solve proves each scenario and reports the untouched start', () => {
    const result = lab('solve', scenarioFile);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`✓ ${scenarioFile}: solution 100%, untouched start 0%, 2 wrong attempts as declared, over 1 variant`);
  });

  it('validate holds a file to its name and its main skill area\'s folder, and says how to fix each', () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'lab-where-')), 'roles');
    mkdirSync(directory);
    const path = join(directory, 'moved.yaml');
    writeFileSync(path, readFileSync(scenarioFile, 'utf8'));
    const result = lab('validate', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/moved\.yaml:\d+:5: id: the id 'fix-license-usage-location' must match the file name; rename the file to fix-license-usage-location\.yaml or the id to 'moved'/);
    expect(result.err).toMatch(/moved\.yaml:\d+:\d+: skillAreas\[0\]: a scenario lives in the folder of its main skill area: move it to scenarios\/users-and-groups\/, or list 'roles' first/);
  });

  it('solve fails a scenario whose wrong attempt scores other than declared', () => {
    const directory = join(mkdtempSync(join(tmpdir(), 'lab-solve-')), 'users-and-groups');
    mkdirSync(directory);
    const path = join(directory, 'fix-license-usage-location.yaml');
    writeFileSync(path, readFileSync(scenarioFile, 'utf8').replace('    expectedPoints: 4\n', '    expectedPoints: 3\n').replace('    expectedFailing: [usage-location]\n', ''));
    const result = lab('solve', path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/fix-license-usage-location\.yaml:\d+:\d+: wrongAttempts\[1\]\.expectedPoints: 'Picks the tenant's country instead of Cameron's' earns 4 of 6 points, not 3; failing: usage-location/);
  });

  it('grade replays attempts and prints their reports', () => {
    const files = attemptFiles();
    const result = lab('grade', scenarioFile, files.solved, files.untouched);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`${files.solved} (Ada, "the" Learner, seed 9): 6/6 points, 100%, complete`);
    expect(result.out).toContain(`${files.untouched} (=cmd, seed 9): 0/6 points, 0%`);
    expect(result.out).toContain("✗ license (0/3): Cameron has no Microsoft 365 E5 license yet. Found: Cameron White holds no Microsoft 365 E5 license; licenses held: none.");
    expect(result.out).toContain('Manage users and groups: 0/6');
    expect(result.out).toContain('  ○ others-untouched (0/1): ');
  });

  it('grade --csv prints a gradebook with a row per attempt, quoting text safely', () => {
    const files = attemptFiles();
    const result = lab('grade', scenarioFile, files.solved, files.untouched, files.forged, '--csv');
    expect(result.code).toBe(1);
    const rows = result.out.split('\n');
    expect(rows[0]).toBe('file,learner,scenario,seed,status,earned,total,percent,users-and-groups,usage-location,license,others-untouched');
    expect(rows[1]).toBe(`${files.solved},"Ada, ""the"" Learner",fix-license-usage-location,9,graded,6,6,100,6,2,3,1`);
    expect(rows[2]).toBe(`${files.untouched},'=cmd,fix-license-usage-location,9,graded,0,6,0,0,0,0,0`);
    expect(rows[3]).toMatch(new RegExp(`^${files.forged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},"Ada, ""the"" Learner",fix-license-usage-location,9,"invalid: the command runs as x`));
    expect(result.err).toMatch(/forged\.json:\d+:\d+: log\[0\]\.actor: the command runs as x, not as the learner the scenario signs in \(EmilyB@contoso\.com\)/);
  });

  it('usage errors exit with 2 and show the usage', () => {
    expect(lab().code).toBe(2);
    expect(lab('frobnicate').err).toContain("Unknown command 'frobnicate'.");
    expect(lab('validate').err).toContain('validate needs at least one scenario file or directory.');
    expect(lab('grade', scenarioFile).code).toBe(2);
    expect(lab('validate', '--fast', 'scenarios').err).toContain('Unknown option --fast for validate.');
    const missing = lab('validate', 'no/such/dir');
    expect(missing).toMatchObject({ code: 2, err: 'no/such/dir: no such file or directory' });
    expect(lab('help')).toMatchObject({ code: 0 });
    expect(lab('help').out).toContain('Exit codes: 0 everything passed');
  });
});

describe('attempts written by hand', () => {
  const onboarding = 'scenarios/users-and-groups/onboard-licensed-user.yaml';

  function handAttempt(log: unknown[]): string {
    const directory = mkdtempSync(join(tmpdir(), 'lab-hand-'));
    const path = join(directory, 'hand.json');
    writeFileSync(path, JSON.stringify({ format: 'tenant-lab/attempt', formatVersion: 1, scenarioId: 'onboard-licensed-user', seed: 9, learner: 'By hand', log }));
    return path;
  }

  const hire = () => {
    const loaded = loadScenario(readFileSync(onboarding, 'utf8'), onboarding);
    if (!loaded.ok) throw new Error('scenario');
    const prepared = instantiate(loaded.loaded.scenario, { seed: 9 });
    if (!prepared.ok) throw new Error('instance');
    return prepared.instance.variables.hire as Record<string, string>;
  };

  it('name objects by user name, group name or the step that created them, with no actor, and grade like an exported one', () => {
    const { alias, given, surname, title, department, country } = hire();
    const upn = `${alias}@contoso.com`;
    const path = handAttempt([
      { command: { type: 'user.create', userPrincipalName: upn, displayName: `${given} ${surname}`, usageLocation: country, profile: { jobTitle: title, department } } },
      { command: { type: 'user.assignLicense', userId: { createdBy: 0 }, addLicenses: [{ skuId: { sku: 'ENTERPRISEPACK' }, disabledPlans: [] }], removeLicenses: [] } },
      { command: { type: 'group.addMembers', groupId: { group: 'Retail' }, memberIds: [{ user: upn }] } },
    ]);
    const result = lab('grade', onboarding, path);
    expect(result.err).toBe('');
    expect(result.out).toContain(`${path} (By hand, seed 9): 10/10 points, 100%, complete`);
  });

  it('say where a reference cannot be resolved', () => {
    const path = handAttempt([{ command: { type: 'user.assignLicense', userId: { createdBy: 0 }, addLicenses: [], removeLicenses: [] } }]);
    const result = lab('grade', onboarding, path);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/hand\.json:\d+:\d+: log\[0\]\.command\.userId: \{ createdBy: 0 \} names a step that has not run yet/);
  });

  it('inspect prints the drawn variables, every object id at the start, and what each command created', () => {
    const { alias } = hire();
    const path = handAttempt([{ command: { type: 'user.create', userPrincipalName: `${alias}@contoso.com`, displayName: 'New Hire', usageLocation: 'US' } }]);
    const result = lab('inspect', onboarding, path);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`onboard-licensed-user, seed 9 (from ${path})`);
    expect(result.out).toContain(`  hire = {"alias":"${alias}"`);
    expect(result.out).toMatch(/ {4}MeganB@contoso\.com \(Megan Bowen\) {2}[0-9a-f-]{36}/);
    expect(result.out).toMatch(/ {4}Retail {2}[0-9a-f-]{36}/);
    expect(result.out).toMatch(/ {2}log\[0\] \(user\.create\) created [0-9a-f-]{36}: \{ createdBy: 0 \}/);
    expect(result.out).toMatch(new RegExp(`Created during the attempt:\\n  users:\\n    ${alias}@contoso\\.com \\(New Hire\\)`));
    expect(lab('inspect', onboarding, '--seed=3').out).toContain('onboard-licensed-user, seed 3');
    expect(lab('inspect', onboarding, '--seed=x').code).toBe(2);
  });
});
