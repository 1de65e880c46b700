import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { selectDomains } from '../../../../../views/domains';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { RouterLink } from '../../../../shell/RouterLink';
import { useSharedStyles } from '../../../../shell/shared-styles';
import { useTenant } from '../../../../tenant-context';
import { FeedbackBar } from '../../../../kit/Feedback';
import { AddCustomDomainPane } from './AddCustomDomainPane';
import { entraDomainPath } from '../../paths';

const useStyles = makeStyles({
  toolbar: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  count: { color: tokens.colorNeutralForeground3 },
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalS },
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
      <Text className={styles.count}>{domains.length === 1 ? '1 domain name' : `${domains.length} domain names`}</Text>
      <div className={styles.surface}>
        <Table aria-label="Custom domain names" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Federated</TableHeaderCell>
              <TableHeaderCell>Primary</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {domains.map((domain) => (
              <TableRow key={domain.id}>
                <TableCell>
                  <RouterLink to={entraDomainPath(domain.id)}>{domain.id}</RouterLink>
                </TableCell>
                <TableCell>{domain.isVerified ? 'Verified' : 'Unverified'}</TableCell>
                <TableCell>
                  <Check on={domain.authenticationType === 'Federated'} />
                </TableCell>
                <TableCell>
                  <Check on={domain.isDefault} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {adding && <AddCustomDomainPane onClose={() => setAdding(false)} />}
    </Page>
  );
}
