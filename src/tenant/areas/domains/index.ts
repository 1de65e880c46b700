import { defineArea } from '../../area';
import { DOMAIN_OBJECT_KINDS, DOMAIN_REFERENCES } from './object-kinds';
import { DOMAIN_ACTIVITIES } from './activities';
import { dnsCommands } from './commands/dns';
import { domainCommands } from './commands/domains';
import { emptyDomains } from './model/slice';

/** Custom domains, their verification and DNS records, and the simulated DNS host they are published at. */
export const domainsArea = defineArea({
  id: 'domains',
  initialSlice: emptyDomains,
  commands: { ...domainCommands, ...dnsCommands },
  activities: Object.values(DOMAIN_ACTIVITIES),
  objectKinds: DOMAIN_OBJECT_KINDS,
  references: DOMAIN_REFERENCES,
});
