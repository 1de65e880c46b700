import type { ReactNode } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

/** A plain link inside the app, in the DNS host's own look rather than Fluent's. */
export function HostLink({ to, className, children }: { readonly to: string; readonly className?: string; readonly children: ReactNode }) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return (
    <a href={href} onClick={onClick} className={className}>
      {children}
    </a>
  );
}
