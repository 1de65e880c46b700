import { skuByPartNumber } from '../../catalog';
import { defineActivities, describeGenerically, nameOf, withChanges, type PropertyChange } from '../../describe';
import type { ModifiedProperty } from '../../model';

/** The SKU part numbers in a license audit value: "[[SkuName=SPE_E5, SkuId=…, DisabledPlans=[]]]". */
function licensesIn(value: string | null): Map<string, string> {
  const licenses = new Map<string, string>();
  for (const match of (value ?? '').matchAll(/SkuName=([^,\]]+), SkuId=[^,\]]*, DisabledPlans=\[([^\]]*)\]/g)) licenses.set(match[1]!, match[2]!);
  return licenses;
}

function productName(skuPartNumber: string): string {
  return skuByPartNumber(skuPartNumber)?.displayName ?? skuPartNumber;
}

function licenseChanges(property: ModifiedProperty): string[] {
  const before = licensesIn(property.oldValue);
  const after = licensesIn(property.newValue);
  const changes: string[] = [];
  for (const [sku, plans] of after) {
    if (!before.has(sku)) changes.push(`license ${productName(sku)} assigned`);
    else if (before.get(sku) !== plans) changes.push(`apps for ${productName(sku)} changed`);
  }
  for (const sku of before.keys()) if (!after.has(sku)) changes.push(`license ${productName(sku)} removed`);
  return changes;
}

/** How an AssignedLicense change reads, in any record that carries one ("Update user" does too). */
export const assignedLicenseChange: PropertyChange = (property) => (property.displayName === 'AssignedLicense' ? licenseChanges(property) : undefined);

/** What Entra's audit log records for licenses and subscriptions. */
export const LICENSING_ACTIVITIES = defineActivities({
  'Change user license': {
    category: 'UserManagement',
    operationType: 'Update',
    describe: (record) => withChanges(nameOf(record.targetResources[0]), record.targetResources[0], `${nameOf(record.targetResources[0])}: licenses updated`, {}, assignedLicenseChange),
  },
  'Set group license': {
    category: 'GroupManagement',
    operationType: 'Update',
    describe: (record) =>
      withChanges(`Group ${nameOf(record.targetResources[0])}`, record.targetResources[0], `Group ${nameOf(record.targetResources[0])}: licenses updated`, {}, assignedLicenseChange),
  },
  'Trigger group license recalculation': { category: 'GroupManagement', operationType: 'Update', describe: (record) => `Group ${nameOf(record.targetResources[0])}: licenses reprocessed` },
  'Start applying group based license to users': { category: 'GroupManagement', operationType: 'Update', describe: describeGenerically },
  'Finish applying group based license to users': { category: 'GroupManagement', operationType: 'Update', describe: describeGenerically },
  'Delete subscription': { category: 'DirectoryManagement', operationType: 'Delete', describe: (record) => `Subscription ${nameOf(record.targetResources[0])} deleted` },
});
