import { Button, Menu, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger, Tooltip } from '@fluentui/react-components';
import { GridDotsRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router';
import type { Portal } from './portal';
import { useSharedStyles } from './shared-styles';

/** The waffle: switches between the admin centers the sandbox has. */
export function AppLauncher({ portals }: { portals: readonly Portal[] }) {
  const shared = useSharedStyles();
  const navigate = useNavigate();
  return (
    <Menu positioning="below-start">
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content="App launcher" relationship="label">
          <Button appearance="transparent" className={shared.topBarButton} icon={<GridDotsRegular fontSize={20} />} />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Admin centers</MenuGroupHeader>
            {portals.map((portal) => (
              <MenuItem key={portal.id} onClick={() => navigate(portal.home.path)}>
                {portal.name}
              </MenuItem>
            ))}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
