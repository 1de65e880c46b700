import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
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
import { ListTable } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { ADD_DOMAIN_PATH, continueSetupPath, domainDetailsPath, needsSetup } from './domain-paths';
import { DomainStatusText } from './DomainStatusText';
import { RemoveDomainDialog } from './RemoveDomainDialog';
import { useSetDefault } from './useSetDefault';

const useStyles = makeStyles({
  status: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
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
      <ListToolbar label="Domains actions">
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
      </ListToolbar>
      <FeedbackBar feedback={shownFeedback} />
      <ListTable
        label="Domains"
        rows={rows}
        rowId={(row) => row.name}
        count
        columns={[
          {
            id: 'name',
            header: 'Domain name',
            cell: (row) => (
              <>
                <RouterLink to={domainDetailsPath(row.name)}>{row.name}</RouterLink>
                {row.isDefault && ' (Default)'}
              </>
            ),
            sortValue: (row) => row.name,
          },
          {
            id: 'actions',
            header: <span className={shared.visuallyHidden}>Actions</span>,
            width: '64px',
            cell: (row) => (
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
            ),
          },
          {
            id: 'status',
            header: 'Status',
            cell: (row) => (
              <span className={styles.status}>
                <DomainStatusText status={row.status} />
                {needsSetup(row) && <RouterLink to={continueSetupPath(row)}>Continue setup</RouterLink>}
              </span>
            ),
            sortValue: (row) => row.status,
          },
        ]}
      />
      {removing && <RemoveDomainDialog name={removing} where="admin" onClose={() => setRemoving(null)} />}
    </Page>
  );
}
