import type { PortalEntry } from '../../shell/portal';
import { ADMIN_BASE, adminPaths } from './paths';

/** Microsoft 365 admin center (admin.microsoft.com), as the first download knows it. */
export const adminEntry: PortalEntry = {
  id: 'admin',
  name: 'Microsoft 365 admin center',
  base: ADMIN_BASE,
  homePath: adminPaths.home,
  load: () => import('./portal'),
};
