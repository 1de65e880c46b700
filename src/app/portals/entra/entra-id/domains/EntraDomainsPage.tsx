import { Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useLocation } from 'react-router';
import type { Domain } from '../../../../../tenant';
import { selectDomains } from '../../../../../views/domains';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { RouterLink } from '../../../../shell/RouterLink';
import { useSharedStyles } from '../../../../shell/shared-styles';
import { useTenant } from '../../../../tenant-context';
import { FeedbackBar } from '../../../../kit/Feedback';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { AddCustomDomainPane } from './AddCustomDomainPane';
import { entraDomainPath } from '../../paths';

const useStyles = makeStyles({
  toolbar: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** A yes in the Federated and Primary columns: Entra draws a check mark and leaves no blank. */
function Check({ on }: { readonly on: boolean }) {
  const shared = useSharedStyles();
  if (!on) return <span className={shared.visuallyHidden}>No</span>;
  return (
    <>
      <CheckmarkRegular aria-hidden />
      <span className={shared.visuallyHidden}>Yes</span>
    </>
  );
}

const columns: readonly ListColumn<Domain>[] = [
  { id: 'name', header: 'Name', cell: (domain) => <RouterLink to={entraDomainPath(domain.id)}>{domain.id}</RouterLink> },
  { id: 'status', header: 'Status', cell: (domain) => (domain.isVerified ? 'Verified' : 'Unverified') },
  { id: 'federated', header: 'Federated', cell: (domain) => <Check on={domain.authenticationType === 'Federated'} /> },
  { id: 'primary', header: 'Primary', cell: (domain) => <Check on={domain.isDefault} /> },
];

interface EntraDomainsLocationState {
  readonly deleted?: string;
}

/** Entra ID > Domain names (Custom domain names): the list, and "Add custom domain". */
export default function EntraDomainsPage() {
  const styles = useStyles();
  const location = useLocation();
  const domains = useTenant(selectDomains, rowsEqual);
  const [adding, setAdding] = useState(false);
  const deleted = (location.state as EntraDomainsLocationState | null)?.deleted;
  return (
    <Page>
      <Toolbar aria-label="Custom domain names actions" className={styles.toolbar}>
        <ToolbarButton icon={<AddRegular />} onClick={() => setAdding(true)}>
          Add custom domain
        </ToolbarButton>
      </Toolbar>
      <FeedbackBar feedback={deleted ? { ok: true, message: `${deleted} was deleted.` } : null} />
      <ListTable
        label="Custom domain names"
        rows={domains}
        rowId={(domain) => domain.id}
        columns={columns}
        count={(shown) => (shown === 1 ? '1 domain name' : `${shown} domain names`)}
      />
      {adding && <AddCustomDomainPane onClose={() => setAdding(false)} />}
    </Page>
  );
}
