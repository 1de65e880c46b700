/*
 * Run inside the scratch copy, after the toy area joined the table: drives the toy command and a
 * scenario whose check names a widget, through the real core and scenario engine, and prints what
 * it found as JSON for the test to assert on.
 */
import { loadScenario, prove } from '../../src/scenario';
import { CONTOSO_ADMIN_UPN, createContosoTenant, describeRecord, dispatch, findUserByUserPrincipalName, replay, signedInAs } from '../../src/tenant';

const SCENARIO = `
schemaVersion: 1
id: make-a-widget
title: Make a widget
summary: Make the widget the team asked for.
skillAreas: [users-and-groups]
difficulty: beginner
expectedMinutes: 1
signInAs: admin@contoso.onmicrosoft.com
start:
  fixture: contoso
task: Make a widget called Gizmo.
checks:
  - id: gizmo
    points: 1
    kind: exists
    object: { widget: Gizmo }
    pass: The widget Gizmo is there.
    fail: There should be a widget called Gizmo.
solution:
  - { type: widget.create, displayName: Gizmo }
`;

const tenant = createContosoTenant();
const admin = signedInAs(findUserByUserPrincipalName(tenant, CONTOSO_ADMIN_UPN)!.id);
const created = dispatch(tenant, { type: 'widget.create', displayName: 'Gizmo' }, admin);
if (!created.ok) throw new Error(created.error.message);
const duplicate = dispatch(created.tenant, { type: 'widget.create', displayName: 'gizmo' }, admin);
const replayed = replay(tenant, [{ command: { type: 'widget.create', displayName: 'Gizmo' }, actor: admin }]);
const loaded = loadScenario(SCENARIO, 'make-a-widget.yaml');
const proof = loaded.ok ? prove(loaded.loaded) : null;

console.log(
  JSON.stringify({
    startWidgets: tenant.toy.widgets.size,
    widgetsAfter: created.tenant.toy.widgets.size,
    line: describeRecord(created.audit[0]!, created.tenant),
    duplicate: duplicate.ok ? null : duplicate.error.message,
    replayIdentical: JSON.stringify(replayed) === JSON.stringify(created.tenant),
    scenarioProblems: loaded.ok ? proof!.problems.map((problem) => problem.message) : loaded.problems.map((problem) => problem.message),
    startPercent: proof?.startPercent ?? null,
  }),
);
