import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instantiate, loadScenario, runSteps } from '../../src/scenario';
import { activityNamed, areas, auditActivities, commands, createContosoTenant, entities, toArray, type AuditRecord } from '../../src/tenant';
import { processKinds } from '../../src/tenant/processes';
import { emptyAreaSlices } from '../../src/tenant/slices';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');

function scenarioFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? scenarioFiles(join(directory, entry.name)) : /\.ya?ml$/.test(entry.name) ? [join(directory, entry.name)] : [],
  );
}

/** Every audit record the shipped scenarios' setups and solutions write, with the Contoso fixture's. */
function recordsOfShippedScenarios(): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (const file of scenarioFiles(SCENARIOS)) {
    const loaded = loadScenario(readFileSync(file, 'utf8'), file);
    if (!loaded.ok) continue;
    const prepared = instantiate(loaded.loaded.scenario, { variant: 0 });
    if (!prepared.ok) continue;
    const solved = runSteps(prepared.instance.start, prepared.instance.solution, prepared.instance.actor, ['solution'], true);
    // A month later, so the timed processes (purges, PIM expiry, subscription lifecycle) write theirs too.
    const later = runSteps(solved.tenant, [{ type: 'clock.advance', duration: 'P40D' }], prepared.instance.actor, ['later'], true);
    for (const chunk of later.tenant.auditLog.chunks) records.push(...chunk);
  }
  return records;
}

describe('the areas table', () => {
  it('keys each area by its own id', () => {
    for (const [key, area] of Object.entries(areas)) expect(area.id).toBe(key);
  });

  it('gives a new tenant one slice per area, with nothing in it', () => {
    const slices = emptyAreaSlices() as unknown as Record<string, Record<string, { size: number }>>;
    expect(Object.keys(slices)).toEqual(Object.keys(areas));
    // Collections start empty; settings (security defaults, password reset…) start at their defaults.
    for (const slice of Object.values(slices)) for (const value of Object.values(slice)) if (typeof value === 'object' && 'size' in value) expect(value.size).toBe(0);
    expect(Object.keys(createContosoTenant())).toEqual(expect.arrayContaining(Object.keys(areas)));
  });

  it('derives the command table from the areas, each command from exactly one area', () => {
    const fromAreas = Object.values(areas).flatMap((area) => Object.keys(area.commands));
    expect(new Set(fromAreas).size).toBe(fromAreas.length);
    for (const type of fromAreas) expect(Object.keys(commands)).toContain(type);
    expect(Object.keys(commands).filter((type) => !fromAreas.includes(type))).toEqual(['clock.advance']);
  });

  it('handles every kind of timed process the Contoso fixture and the areas schedule', () => {
    expect(processKinds()).toEqual(expect.arrayContaining(['user.purge', 'group.purge', 'pim.activationEnd', 'pim.eligibilityEnd', 'subscription.lifecycle']));
    for (const process of entities(createContosoTenant().scheduledProcesses)) expect(processKinds()).toContain(process.kind);
  });
});

describe('the audit catalogue', () => {
  it('names each activity once across the areas', () => {
    const names = auditActivities().map((activity) => activity.displayName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds every activity the shipped scenarios write, so "what changed" has a sentence for each', () => {
    const records = recordsOfShippedScenarios();
    expect(records.length).toBeGreaterThan(50);
    const missing = [...new Set(records.map((record) => record.activityDisplayName))].filter((name) => !activityNamed(name));
    expect(missing).toEqual([]);
    for (const record of records) {
      const activity = activityNamed(record.activityDisplayName)!;
      expect([activity.category, activity.operationType], record.activityDisplayName).toEqual([record.category, record.operationType]);
    }
  });

  it('describes a record by its area, in the portal’s words', () => {
    const tenant = createContosoTenant();
    const megan = toArray(tenant.directory.users).find((user) => user.userPrincipalName === 'MeganB@contoso.com')!;
    const record: AuditRecord = {
      id: 'r',
      activityDateTime: tenant.clock.now,
      activityDisplayName: 'Update user',
      category: 'UserManagement',
      loggedByService: 'Core Directory',
      operationType: 'Update',
      initiatedBy: {},
      targetResources: [{ id: megan.id, displayName: megan.displayName, type: 'User', modifiedProperties: [{ displayName: 'jobTitle', oldValue: null, newValue: '"Analyst"' }] }],
      result: 'success',
      resultReason: '',
    };
    expect(activityNamed('Update user')!.describe(record, tenant)).toBe('Megan Bowen: job title set to Analyst');
  });
});
