import { Menu, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles } from '@fluentui/react-components';
import { useNavigate } from 'react-router';
import { LAB_EDGE, LAB_INK, LAB_PAPER } from '../lab/catalog/lab-styles';
import { LAB_ENTRY_POINTS } from '../lab/entry/lab-entry-points';
import type { LoadedMenuProps } from './OnDemandMenu';
import type { PortalEntry } from './portal';

const useStyles = makeStyles({
  // Drawn in the sandbox strip's paper and ink: these are Tenant Lab's pages, not Microsoft's apps.
  labGroup: { backgroundColor: LAB_PAPER, color: LAB_INK, borderTop: `1px dashed ${LAB_EDGE}`, paddingBottom: '4px' },
  labHeader: { color: LAB_INK },
  labItem: { backgroundColor: LAB_PAPER, color: LAB_INK },
});

export interface AppLauncherMenuProps {
  readonly portals: readonly PortalEntry[];
}

/** The waffle's list of admin centers (loaded on demand), then Tenant Lab's own pages, marked as the sandbox's. */
export function AppLauncherMenu({ portals, open, onOpenChange, trigger }: AppLauncherMenuProps & LoadedMenuProps) {
  const navigate = useNavigate();
  const styles = useStyles();
  return (
    <Menu open={open} onOpenChange={(_event, data) => onOpenChange(data.open)} positioning="below-start">
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Admin centers</MenuGroupHeader>
            {portals.map((portal) => (
              <MenuItem key={portal.id} onClick={() => navigate(portal.homePath)}>
                {portal.name}
              </MenuItem>
            ))}
          </MenuGroup>
          <MenuDivider />
          <MenuGroup className={styles.labGroup}>
            <MenuGroupHeader className={styles.labHeader}>Tenant Lab (practice sandbox)</MenuGroupHeader>
            {/* The lab's pages live outside an attempt's router, so they are loaded afresh. */}
            {LAB_ENTRY_POINTS.map((entry) => (
              <MenuItem key={entry.href} className={styles.labItem} onClick={() => window.location.assign(entry.href)}>
                {entry.label}
              </MenuItem>
            ))}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
