import { HostLink } from '../dns-host/HostLink';
import { ON_PREMISES_PATH, onPremisesPaths } from './on-premises-paths';

/** The lab strip's way to the on-premises server, from any page; on the server itself it isn't needed. */
export function OnPremisesStripLink({ from, className }: { readonly from: string; readonly className: string }) {
  if (from.startsWith(ON_PREMISES_PATH)) return null;
  return (
    <HostLink to={onPremisesPaths.aduc} className={className}>
      On-prem server
    </HostLink>
  );
}
