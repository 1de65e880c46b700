import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

export interface RouterLinkProps {
  readonly to: To;
  readonly children: ReactNode;
  readonly className?: string;
  /** Underlined, for a link inside running text. */
  readonly inline?: boolean;
}

/**
 * A Fluent link that navigates inside the app. It keeps a real `href`, so ctrl-click and
 * middle-click still open a new tab, and lets the router handle a plain click.
 */
export function RouterLink({ to, children, className, inline }: RouterLinkProps) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <Link href={href} onClick={onClick} className={className} inline={inline}>
      {children}
    </Link>
  );
}
