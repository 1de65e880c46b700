import { emptyCollection, type Collection } from '../../../collection';
import type { DnsZone } from './dns';
import type { Domain } from './domain';

/** The tenant's domains, and the simulated public DNS where their records are published. */
export interface DomainsSlice {
  readonly domains: Collection<Domain>;
  /** The simulated public DNS: zones at the learner's registrar, outside the directory. */
  readonly dnsZones: Collection<DnsZone>;
}

export function emptyDomains(): DomainsSlice {
  return { domains: emptyCollection(), dnsZones: emptyCollection() };
}
