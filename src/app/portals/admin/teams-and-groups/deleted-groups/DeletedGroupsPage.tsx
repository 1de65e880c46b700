import {
  MessageBar,
  MessageBarBody,
  Radio,
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
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { TenantError } from '../../../../../tenant';
import { formatInstant } from '../../../../lab/format-instant';
import { rowsEqual } from '../../../../../views/equality';
import { selectDeletedGroupRows } from '../../../../../views/groups';
import { Page } from '../../../../shell/Page';
import { useSharedStyles } from '../../../../shell/shared-styles';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalS },
});

/**
 * Teams & groups > Deleted groups: Microsoft 365 groups deleted in the last 30 days (the only kind
 * that can be restored), with "Restore group".
 */
export default function DeletedGroupsPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const store = useTenantStore();
  const rows = useTenant(selectDeletedGroupRows, rowsEqual);
  const [selected, setSelected] = useState<string | null>(null);
  const [result, setResult] = useState<{ readonly restored: string } | { readonly error: TenantError } | null>(null);
  const chosen = rows.find((row) => row.id === selected);

  const restore = () => {
    if (!chosen) return;
    const answer = store.send({ type: 'group.restore', groupId: chosen.id });
    setResult(answer.ok ? { restored: chosen.displayName } : { error: answer.error });
    if (answer.ok) setSelected(null);
  };

  return (
    <Page>
      <Text>Microsoft 365 groups you delete stay here for 30 days; restore one to bring back its members, email address and content. Other kinds of group can't be restored.</Text>
      <Toolbar aria-label="Deleted groups actions">
        <ToolbarButton icon={<ArrowUndoRegular />} disabled={!chosen} onClick={restore}>
          Restore group
        </ToolbarButton>
      </Toolbar>
      {result && 'restored' in result && (
        <MessageBar intent="success" layout="multiline" politeness="polite">
          <MessageBarBody>{result.restored} was restored. It's back in Active teams & groups.</MessageBarBody>
        </MessageBar>
      )}
      {result && 'error' in result && <TenantErrorBar error={result.error} title="The group wasn't restored" />}
      {rows.length === 0 ? (
        <Text>There are no deleted groups.</Text>
      ) : (
        <div className={styles.surface}>
          <Table aria-label="Deleted groups" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '48px' }}>
                  <span className={shared.visuallyHidden}>Select</span>
                </TableHeaderCell>
                <TableHeaderCell>Name</TableHeaderCell>
                <TableHeaderCell>Email</TableHeaderCell>
                <TableHeaderCell>Deleted on</TableHeaderCell>
                <TableHeaderCell>Permanently deleted on</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>
                    <Radio name="deleted-group" value={row.id} checked={row.id === selected} onChange={() => setSelected(row.id)} aria-label={`Select ${row.displayName}`} />
                  </TableCell>
                  <TableCell>{row.displayName}</TableCell>
                  <TableCell>{row.mail ?? ''}</TableCell>
                  <TableCell>{row.deletedDateTime ? formatInstant(row.deletedDateTime) : ''}</TableCell>
                  <TableCell>{row.purgeDateTime ? formatInstant(row.purgeDateTime) : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </Page>
  );
}
