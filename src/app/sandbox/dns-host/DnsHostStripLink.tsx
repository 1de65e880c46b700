import { dnsHostPath, returnPath } from './dns-host-paths';
import { HostLink } from './HostLink';

/** The lab strip's way to the DNS host, from any page; on the host itself it isn't needed. */
export function DnsHostStripLink({ from, className }: { readonly from: string; readonly className: string }) {
  if (from.startsWith('/dns')) return null;
  return (
    <HostLink to={dnsHostPath(undefined, returnPath(from) ?? undefined)} className={className}>
      DNS host
    </HostLink>
  );
}
