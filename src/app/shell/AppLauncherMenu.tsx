import { Menu, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { useNavigate } from 'react-router';
import type { LoadedMenuProps } from './OnDemandMenu';
import type { PortalEntry } from './portal';

export interface AppLauncherMenuProps {
  readonly portals: readonly PortalEntry[];
}

/** The waffle's list of admin centers (loaded on demand). */
export function AppLauncherMenu({ portals, open, onOpenChange, trigger }: AppLauncherMenuProps & LoadedMenuProps) {
  const navigate = useNavigate();
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
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
