import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayActions } from '../../src/session/actions';
import { describeChanges } from '../../src/app/lab/player/changes/describe-action';
import { instantiate, loadScenario, runSteps } from '../../src/scenario';
import { describeCommand, describeDuration } from '../../src/tenant';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');

function solutionLines(file: string): string[] {
  const loaded = loadScenario(readFileSync(join(SCENARIOS, file), 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const prepared = instantiate(loaded.loaded.scenario, { variant: 0 });
  if (!prepared.ok) throw new Error(`${file} does not start`);
  const { instance } = prepared;
  const solved = runSteps(instance.start, instance.solution, instance.actor, ['solution'], true);
  const { actions, final } = replayActions(instance.start, solved.log);
  return describeChanges(actions, final);
}

describe('what changed, in the portal’s words', () => {
  it('a new licensed user reads as the account and its license', () => {
    expect(solutionLines('users-and-groups/onboard-licensed-user.yaml')).toEqual(['Kai Carter added', 'Kai Carter: license Office 365 E3 assigned']);
  });

  it('an offboarding reads as blocked, signed out, an owner added, the license removed and the user deleted', () => {
    expect(solutionLines('users-and-groups/offboard-leaver.yaml')).toEqual([
      'Adele Vance: sign-in blocked',
      'Adele Vance: signed out of all sessions',
      'Patti Fernandez made an owner of Retail',
      'Adele Vance: license Office 365 E3 removed',
      'Adele Vance deleted',
    ]);
  });

  it('roles name the role and the administrative unit they are scoped to', () => {
    expect(solutionLines('roles/au-scoped-helpdesk.yaml')).toContain('Grady Archie: role Helpdesk Administrator assigned in the administrative unit Germany');
  });

  it('domains read as added, their DNS record made at the host, verified and made the default', () => {
    expect(solutionLines('tenant/add-verify-default-domain.yaml')).toEqual([
      'Domain contosolabs.com added',
      'DNS record added at the DNS host for contosolabs.com',
      'Domain contosolabs.com verified',
      'contosolabs.com set as the default domain',
    ]);
  });

  it('password reset reads in the blade’s words: the group by name, the methods as listed', () => {
    expect(solutionLines('authentication/sspr-pilot-group.yaml').join('\n')).toMatch(
      /^Self-service password reset: self-service password reset on for a selected group, group set to [^,\d]+, number of methods required to reset set to 2, methods available to users set to Mobile phone, Email, Mobile app code$/m,
    );
  });

  it('every shipped solution reads in words of its own, never as a raw activity name', () => {
    for (const area of readdirSync(SCENARIOS)) {
      for (const file of readdirSync(join(SCENARIOS, area))) {
        for (const line of solutionLines(join(area, file))) expect(line, `${file}: ${line}`).not.toMatch(/^[A-Z][a-z]+( [a-z]+)+( \w+)*: /);
      }
    }
  });

  it('the sandbox’s own controls are described from the command', () => {
    expect(describeCommand({ type: 'clock.advance', duration: 'P7D' })).toBe('Simulated time moved forward 7 days');
    expect(describeDuration('PT1H30M')).toBe('1 hour 30 minutes');
    expect(describeCommand({ type: 'subscription.startTrial', skuPartNumber: 'EMSPREMIUM' })).toMatch(/^Free trial of .+ started$/);
  });
});
