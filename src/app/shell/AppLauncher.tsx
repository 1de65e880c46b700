import { Button, Tooltip } from '@fluentui/react-components';
import { GridDotsRegular } from '@fluentui/react-icons';
import type { AppLauncherMenuProps } from './AppLauncherMenu';
import { OnDemandMenu } from './OnDemandMenu';
import { usePortals } from './portal';
import { useSharedStyles } from './shared-styles';

const loadAppLauncherMenu = () => import('./AppLauncherMenu').then((module) => module.AppLauncherMenu);

/** The waffle: switches between the admin centers the sandbox has. */
export function AppLauncher() {
  const shared = useSharedStyles();
  const portals = usePortals();
  return (
    <OnDemandMenu<AppLauncherMenuProps>
      load={loadAppLauncherMenu}
      menuProps={{ portals }}
      renderTrigger={(props) => (
        <Tooltip content="App launcher" relationship="label">
          <Button {...props} appearance="transparent" className={shared.topBarButton} icon={<GridDotsRegular fontSize={20} />} />
        </Tooltip>
      )}
    />
  );
}
