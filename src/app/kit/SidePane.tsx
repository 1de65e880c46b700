import { Button, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  subtitle: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalL },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
});

export interface SidePaneProps {
  readonly title: string;
  readonly subtitle?: string;
  readonly size?: 'small' | 'medium' | 'large';
  readonly onClose: () => void;
  /** Tabs or other controls under the title. */
  readonly header?: ReactNode;
  readonly footer?: ReactNode;
  readonly children: ReactNode;
}

/**
 * The pane both portals slide in from the right for an action: modal, so the focus stays inside
 * and goes back to what opened it when it closes. Render it only while it is open.
 */
export function SidePane({ title, subtitle, size = 'medium', onClose, header, footer, children }: SidePaneProps) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <OverlayDrawer open position="end" size={size} onOpenChange={(_, data) => !data.open && onClose()} aria-labelledby={titleId}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<DismissRegular />} onClick={onClose} />}>
          <span id={titleId}>{title}</span>
          {subtitle && <span className={styles.subtitle}>{subtitle}</span>}
        </DrawerHeaderTitle>
        {header}
      </DrawerHeader>
      <DrawerBody className={styles.body}>{children}</DrawerBody>
      {footer && <DrawerFooter className={styles.footer}>{footer}</DrawerFooter>}
    </OverlayDrawer>
  );
}
