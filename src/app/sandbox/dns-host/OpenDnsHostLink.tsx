import { useLocation } from 'react-router';
import { RouterLink } from '../../shell/RouterLink';
import { dnsHostPath } from './dns-host-paths';

/**
 * "Open your DNS host": the way from a portal's record instructions to the sandbox's stand-in for
 * the learner's registrar, in the same tab; the host links back to this very page and step.
 */
export function OpenDnsHostLink({ zone }: { readonly zone: string }) {
  const location = useLocation();
  return <RouterLink to={dnsHostPath(zone, location.pathname + location.search)}>Open your DNS host</RouterLink>;
}
