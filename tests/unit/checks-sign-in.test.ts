import { describe, expect, it } from 'vitest';
import { contosoAfter, evaluate, untouched } from '../scenarios/support';

const blockOutsideUs = [
  { type: 'securityDefaults.update', isEnabled: false },
  { type: 'namedLocation.save', location: { kind: 'country', displayName: 'United States', countriesAndRegions: ['US'], includeUnknownCountriesAndRegions: false } },
  {
    type: 'conditionalAccess.createPolicy',
    policy: {
      displayName: 'Block outside the US',
      state: 'enabledForReportingButNotEnforced',
      conditions: {
        users: { includeUsers: [{ user: 'AlexW@contoso.com' }], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
        applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [] },
        clientAppTypes: ['all'],
        platforms: null,
        locations: { includeLocations: ['All'], excludeLocations: [{ namedLocation: 'United States' }] },
        signInRiskLevels: [],
        userRiskLevels: [],
      },
      grantControls: { operator: 'OR', builtInControls: ['block'] },
      sessionControls: null,
    },
  },
];

describe('signIn checks', () => {
  it('says what a sign-in gets now, as What If answers', () => {
    expect(evaluate({ kind: 'signIn', user: 'AlexW@contoso.com', app: 'Office 365 Exchange Online', gets: 'access' }, untouched())).toEqual({
      passed: true,
      found: 'Alex Wilber signing in to Office 365 Exchange Online gets access.',
    });
    // Security defaults block legacy clients in a new tenant.
    expect(evaluate({ kind: 'signIn', user: 'AlexW@contoso.com', app: 'Office 365 Exchange Online', client: 'other', gets: 'access' }, untouched())).toMatchObject({
      passed: false,
      found: 'Alex Wilber signing in to Office 365 Exchange Online is blocked; expected: gets access.',
    });
    expect(evaluate({ kind: 'signIn', user: 'NestorW@contoso.com', app: 'Azure Portal', gets: 'mfa' }, untouched()).passed).toBe(true);
  });

  it('reads a report-only policy’s result without enforcing it', () => {
    const context = contosoAfter(blockOutsideUs);
    const fromFrance = { kind: 'signIn', user: 'AlexW@contoso.com', app: 'Office 365 Exchange Online', country: 'FR' } as const;
    expect(evaluate({ ...fromFrance, policy: 'Block outside the US', policyResult: 'reportOnlyFailure', gets: 'access' }, context).passed).toBe(true);
    expect(evaluate({ ...fromFrance, country: 'US', policy: 'block outside the us', policyResult: 'reportOnlyFailure' }, context)).toMatchObject({
      passed: false,
      found: 'For Alex Wilber signing in to Office 365 Exchange Online, Block outside the US reports reportOnlyNotApplied; expected reportOnlyFailure.',
    });
  });

  it('fails with a reason for an unknown app, device or policy', () => {
    expect(evaluate({ kind: 'signIn', user: 'AlexW@contoso.com', app: 'Contoso CRM', gets: 'access' }, untouched()).found).toBe("'Contoso CRM' isn't a cloud app the tenant knows.");
    expect(evaluate({ kind: 'signIn', user: 'AlexW@contoso.com', app: 'Office 365 Exchange Online', device: 'PC-1', gets: 'access' }, untouched()).found).toBe('The device PC-1 does not exist.');
    expect(evaluate({ kind: 'signIn', user: 'AlexW@contoso.com', app: 'Office 365 Exchange Online', policy: 'Nope', policyResult: 'success' }, untouched()).found).toBe('There is no Conditional Access policy Nope.');
  });
});
