import { defineActivities, nameOf, withChanges, type PropertyChange } from '../../describe';
import type { AuditRecord } from '../../model';

const domain = (record: AuditRecord) => nameOf(record.targetResources[0]);

const DOMAIN_LABELS: Readonly<Record<string, string>> = { SupportedServices: 'services', IsDefault: 'default' };

const verified: PropertyChange = (property) => (property.displayName === 'IsVerified' ? ['verified'] : undefined);

/** What Entra's audit log records for domains. */
export const DOMAIN_ACTIVITIES = defineActivities({
  'Add unverified domain': { category: 'DirectoryManagement', operationType: 'Add', describe: (record) => `Domain ${domain(record)} added` },
  'Add verified domain': { category: 'DirectoryManagement', operationType: 'Add', describe: (record) => `Domain ${domain(record)} added and verified` },
  'Verify domain': { category: 'DirectoryManagement', operationType: 'Update', describe: (record) => `Domain ${domain(record)} verified` },
  'Update domain': {
    category: 'DirectoryManagement',
    operationType: 'Update',
    describe: (record) => {
      const target = record.targetResources[0];
      if (target?.modifiedProperties.some((property) => property.displayName === 'IsDefault' && property.newValue === 'true')) return `${domain(record)} set as the default domain`;
      return withChanges(`Domain ${domain(record)}`, target, `Domain ${domain(record)} updated`, DOMAIN_LABELS, verified);
    },
  },
  'Remove unverified domain': { category: 'DirectoryManagement', operationType: 'Delete', describe: (record) => `Domain ${domain(record)} removed` },
  'Remove verified domain': { category: 'DirectoryManagement', operationType: 'Delete', describe: (record) => `Domain ${domain(record)} removed` },
});
