import { useId, type ReactNode } from 'react';
import { Flyout, PaneFrame } from './PaneFrame';

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
 * The pane both portals slide in from the right for an action: a flyout holding one pane, named
 * by its title. Render it only while it is open.
 */
export function SidePane({ title, subtitle, size, onClose, header, footer, children }: SidePaneProps) {
  const titleId = useId();
  return (
    <Flyout onClose={onClose} size={size} labelledBy={titleId}>
      <PaneFrame title={title} subtitle={subtitle} titleId={titleId} onClose={onClose} header={header} footer={footer}>
        {children}
      </PaneFrame>
    </Flyout>
  );
}
