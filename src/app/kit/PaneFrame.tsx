import { Button, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderNavigation, DrawerHeaderTitle, makeStyles, OverlayDrawer, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  subtitle: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalL },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

export interface FlyoutProps {
  /** False closes the flyout while it stays mounted, so Fluent can hand the page back and return the focus. */
  readonly open?: boolean;
  readonly onClose: () => void;
  readonly size?: 'small' | 'medium' | 'large';
  /** The id of the element that names the flyout, when that is less than the whole title (a title without its subtitle). */
  readonly labelledBy?: string;
  /**
   * Changes when the flyout swaps its content (details for a pane and back). The control that
   * did it is gone then, so the focus moves to the first control of the new content (not Close)
   * rather than fall to the page behind.
   */
  readonly contentKey?: string;
  readonly children: ReactNode;
}

/**
 * The flyout both portals open on the right for an object or an action: a modal drawer that
 * traps the focus and gives it back to what opened it when it closes. Its content is one or more
 * `PaneFrame`s.
 */
export function Flyout({ open = true, onClose, size = 'medium', labelledBy, contentKey, children }: FlyoutProps) {
  const surface = useRef<HTMLDivElement>(null);
  const shown = useRef(contentKey);
  useEffect(() => {
    if (shown.current === contentKey) return;
    shown.current = contentKey;
    surface.current?.querySelector<HTMLElement>('input, button:not([disabled]):not([aria-label="Close"]), [href]')?.focus();
  }, [contentKey]);
  return (
    <OverlayDrawer ref={surface} open={open} position="end" size={size} {...(labelledBy ? { 'aria-labelledby': labelledBy } : {})} onOpenChange={(_event, data) => !data.open && onClose()}>
      {children}
    </OverlayDrawer>
  );
}

export interface PaneFrameProps {
  readonly title: ReactNode;
  /** A line under the title (the product a group's licensing is for). */
  readonly subtitle?: ReactNode;
  /** The title's id, for a flyout that is named by the title alone. */
  readonly titleId?: string;
  readonly onClose: () => void;
  /** Back to the details the pane was opened from. */
  readonly onBack?: () => void;
  /** Tabs or other controls under the title. */
  readonly header?: ReactNode;
  /** The pane's buttons: the primary action first, then Cancel or Close. */
  readonly footer?: ReactNode;
  readonly children: ReactNode;
}

/** One pane of a flyout: its title (with Back and Close), its content and its buttons. */
export function PaneFrame({ title, subtitle, titleId, onClose, onBack, header, footer, children }: PaneFrameProps) {
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
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onClose} />}>
          {titleId ? <span id={titleId}>{title}</span> : title}
          {subtitle && <span className={styles.subtitle}>{subtitle}</span>}
        </DrawerHeaderTitle>
        {header}
      </DrawerHeader>
      <DrawerBody className={styles.body}>{children}</DrawerBody>
      {footer && <DrawerFooter className={styles.footer}>{footer}</DrawerFooter>}
    </>
  );
}
