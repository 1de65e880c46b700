import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, MoreVerticalRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { rowsEqual } from '../../../../../views/equality';
import { selectDomainRows } from '../../../../../views/domains';
import { Page } from '../../../../shell/Page';
import { RouterLink } from '../../../../shell/RouterLink';
import { useSharedStyles } from '../../../../shell/shared-styles';
import { useTenant } from '../../../../tenant-context';
import { FeedbackBar } from '../../../../kit/Feedback';
import { ADD_DOMAIN_PATH, continueSetupPath, domainDetailsPath, needsSetup } from './domain-paths';
import { DomainStatusText } from './DomainStatusText';
import { RemoveDomainDialog } from './RemoveDomainDialog';
import { useSetDefault } from './useSetDefault';

const useStyles = makeStyles({
  toolbar: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  count: { color: tokens.colorNeutralForeground3 },
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalS },
  status: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
  actions: { width: '64px' },
});

/** What the list was told by a page it came from (the domain's page after removing it). */
interface DomainsLocationState {
  readonly removed?: string;
}

/** Settings > Domains: the domains, their status, and adding, setting default and removing them. */
export default function DomainsPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const navigate = useNavigate();
  const location = useLocation();
  const rows = useTenant(selectDomainRows, rowsEqual);
  const { feedback, setFeedback, setDefault } = useSetDefault();
  const [removing, setRemoving] = useState<string | null>(null);
  const removedElsewhere = (location.state as DomainsLocationState | null)?.removed;
  const shownFeedback = feedback ?? (removedElsewhere ? { ok: true as const, message: `${removedElsewhere} was removed.` } : null);

  return (
    <Page>
      <Toolbar aria-label="Domains actions" className={styles.toolbar}>
        <ToolbarButton icon={<AddRegular />} onClick={() => navigate(ADD_DOMAIN_PATH)}>
          Add domain
        </ToolbarButton>
        <ToolbarButton
          icon={<ArrowClockwiseRegular />}
          onClick={() => {
            // The list always shows the tenant as it is; Refresh clears the last message, as the portal's does.
            setFeedback(null);
            navigate(location.pathname, { replace: true });
          }}
        >
          Refresh
        </ToolbarButton>
      </Toolbar>
      <FeedbackBar feedback={shownFeedback} />
      <Text className={styles.count}>{rows.length === 1 ? '1 item' : `${rows.length} items`}</Text>
      <div className={styles.surface}>
        <Table aria-label="Domains" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Domain name</TableHeaderCell>
              <TableHeaderCell className={styles.actions}>
                <span className={shared.visuallyHidden}>Actions</span>
              </TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.name}>
                <TableCell>
                  <RouterLink to={domainDetailsPath(row.name)}>{row.name}</RouterLink>
                  {row.isDefault && ' (Default)'}
                </TableCell>
                <TableCell>
                  <Menu>
                    <MenuTrigger disableButtonEnhancement>
                      <Button appearance="transparent" icon={<MoreVerticalRegular />} aria-label={`More actions for ${row.name}`} />
                    </MenuTrigger>
                    <MenuPopover>
                      <MenuList>
                        {row.isVerified && !row.isDefault && <MenuItem onClick={() => setDefault(row.name)}>Set as default</MenuItem>}
                        {needsSetup(row) && <MenuItem onClick={() => navigate(continueSetupPath(row))}>Continue setup</MenuItem>}
                        {!row.isOnMicrosoft && <MenuItem onClick={() => setRemoving(row.name)}>Remove</MenuItem>}
                      </MenuList>
                    </MenuPopover>
                  </Menu>
                </TableCell>
                <TableCell>
                  <span className={styles.status}>
                    <DomainStatusText status={row.status} />
                    {needsSetup(row) && <RouterLink to={continueSetupPath(row)}>Continue setup</RouterLink>}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {removing && <RemoveDomainDialog name={removing} where="admin" onClose={() => setRemoving(null)} />}
    </Page>
  );
}
