import { Button } from '@fluentui/react-components';
import { WindowConsoleRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { useSharedStyles } from '../../shell/shared-styles';

/** The terminal and xterm.js load only when the learner first opens the console. */
const ConsolePanel = lazy(() => import('./ConsolePanel'));

/**
 * Cloud Shell's button in the top bar. Once opened, the console stays mounted while hidden, so
 * its sign-in, variables and history survive closing and reopening it, as Cloud Shell's session does.
 */
export function ConsoleButton() {
  const shared = useSharedStyles();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <Button
        appearance="transparent"
        className={shared.topBarButton}
        icon={<WindowConsoleRegular />}
        aria-label="Cloud Shell"
        title="Cloud Shell"
        aria-expanded={open}
        onClick={() => {
          setLoaded(true);
          setOpen((value) => !value);
        }}
      />
      {loaded && (
        <Suspense fallback={null}>
          <ConsolePanel open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
