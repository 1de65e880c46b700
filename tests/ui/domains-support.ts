import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { findUserByUserPrincipalName, getById, serviceConfigurationRecords, verificationDnsRecords, type DnsRecordInput } from '../../src/tenant';
import type { TenantStore } from '../../src/session/tenant-store';
import type { renderApp } from './render-app';

export type Learner = ReturnType<typeof renderApp>['user'];

export async function fill(user: Learner, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

export function signInAs(store: TenantStore, userPrincipalName: string) {
  store.signInAs(findUserByUserPrincipalName(store.getTenant(), userPrincipalName)!.id);
}

/** Sends commands as the signed-in admin, as another tab or the console would. */
export function run(store: TenantStore, ...commands: Parameters<TenantStore['send']>[0][]) {
  for (const command of commands) {
    const result = store.send(command);
    expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
  }
}

/** Publishes a record at the learner's DNS host, as the DNS host page would. */
export function publish(store: TenantStore, zone: string, record: DnsRecordInput) {
  run(store, { type: 'dns.addRecord', zone, record });
}

export function verificationTxt(store: TenantStore, domain: string): string {
  return verificationDnsRecords(getById(store.getTenant().domains.domains, domain)!)[0]!.value;
}

/** The Exchange records Microsoft 365 asks for: MX, autodiscover CNAME, SPF TXT. */
export function exchangeRecords(domain: string) {
  const [mx, autodiscover, spf] = serviceConfigurationRecords(domain, ['Email']);
  return { mx: mx!, autodiscover: autodiscover!, spf: spf! };
}

/** Adds, verifies and sets up a domain from the store, so a test can start past the wizard. */
export function addHealthyDomain(store: TenantStore, domain: string) {
  run(store, { type: 'domain.add', name: domain });
  publish(store, domain, { type: 'TXT', name: '@', value: verificationTxt(store, domain) });
  run(store, { type: 'domain.verify', name: domain });
  const { mx, autodiscover, spf } = exchangeRecords(domain);
  for (const record of [mx, autodiscover, spf]) publish(store, domain, record);
}

export function stepHeading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 2, name });
}
