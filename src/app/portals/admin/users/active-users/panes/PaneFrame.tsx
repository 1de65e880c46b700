import { Button, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderNavigation, DrawerHeaderTitle, makeStyles, OverlayDrawer, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalL },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

export interface FlyoutProps {
  readonly onClose: () => void;
  /**
   * Changes when the flyout swaps its content (details for a pane and back). The control that
   * did it is gone then, so the focus moves to the first control of the new content rather than
   * fall to the page behind.
   */
  readonly contentKey?: string;
  readonly children: ReactNode;
}

/**
 * The flyout the admin center opens on the right for a user or an action: a modal drawer that
 * traps the focus and gives it back to what opened it when it closes.
 */
export function Flyout({ onClose, contentKey, children }: FlyoutProps) {
  const surface = useRef<HTMLDivElement>(null);
  const shown = useRef(contentKey);
  useEffect(() => {
    if (shown.current === contentKey) return;
    shown.current = contentKey;
    surface.current?.querySelector<HTMLElement>('button:not([disabled]), [href], input')?.focus();
  }, [contentKey]);
  return (
    <OverlayDrawer ref={surface} open position="end" size="medium" onOpenChange={(_event, data) => !data.open && onClose()}>
      {children}
    </OverlayDrawer>
  );
}

export interface PaneFrameProps {
  readonly title: ReactNode;
  readonly onClose: () => void;
  /** Back to the user's details, for a pane opened from them. */
  readonly onBack?: () => void;
  readonly footer?: ReactNode;
  readonly children: ReactNode;
}

/** One pane of a flyout: its title (with Back and Close), its content and its buttons. */
export function PaneFrame({ title, onClose, onBack, footer, children }: PaneFrameProps) {
  const styles = useStyles();
  return (
    <>
      <DrawerHeader>
        {onBack && (
          <DrawerHeaderNavigation>
            <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
              Back
            </Button>
          </DrawerHeaderNavigation>
        )}
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onClose} />}>{title}</DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>{children}</DrawerBody>
      {footer && <DrawerFooter className={styles.footer}>{footer}</DrawerFooter>}
    </>
  );
}
