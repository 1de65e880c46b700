import { DNS_HOST_PATH, dnsHostPath, returnPath } from './dns-host-paths';
import { HostLink } from './HostLink';
import { usePortals } from '../../shell/portal';

/** The lab strip's way to the DNS host, from any page; on the host itself it isn't needed. */
export function DnsHostStripLink({ from, className }: { readonly from: string; readonly className: string }) {
  const portals = usePortals();
  if (from === DNS_HOST_PATH || from.startsWith(`${DNS_HOST_PATH}/`)) return null;
  return (
    <HostLink to={dnsHostPath(undefined, returnPath(from, portals) ?? undefined)} className={className}>
      DNS host
    </HostLink>
  );
}
