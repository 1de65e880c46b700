import type { Domain } from '../../../tenant';
import { selectDomains } from '../../selectors/domains';
import { rowsEqual } from '../../selectors/equality';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';

/*
 * Status: a verified domain shows Healthy. The admin center also checks the DNS records each
 * service needs; the sandbox does not model those records yet, so it does not claim problems.
 */
const columns: readonly Column<Domain>[] = [
  { header: 'Domain name', cell: (domain) => (domain.isDefault ? `${domain.id} (Default)` : domain.id), width: '50%' },
  { header: 'Status', cell: (domain) => (domain.isVerified ? 'Healthy' : 'Incomplete setup') },
];

/** Settings > Domains, read-only. */
export default function DomainsPage() {
  const domains = useTenant(selectDomains, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="Domains" columns={columns} rows={domains} rowId={(domain) => domain.id} empty="This organization has no domains." />
    </Page>
  );
}
