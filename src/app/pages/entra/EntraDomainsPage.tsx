import type { Domain } from '../../../tenant';
import { selectDomains } from '../../selectors/domains';
import { rowsEqual } from '../../selectors/equality';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';

const columns: readonly Column<Domain>[] = [
  { header: 'Name', cell: (domain) => domain.id, width: '40%' },
  { header: 'Status', cell: (domain) => (domain.isVerified ? 'Verified' : 'Unverified') },
  { header: 'Federated', cell: (domain) => (domain.authenticationType === 'Federated' ? 'Yes' : 'No') },
  { header: 'Primary', cell: (domain) => (domain.isDefault ? 'Yes' : 'No') },
];

/** Entra ID > Domain names (Custom domain names), read-only. */
export default function EntraDomainsPage() {
  const domains = useTenant(selectDomains, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="Custom domain names" columns={columns} rows={domains} rowId={(domain) => domain.id} empty="This directory has no domains." />
    </Page>
  );
}
