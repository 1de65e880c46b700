import type { PortalEntry } from '../../shell/portal';
import { ENTRA_BASE, entraPaths } from './paths';

/** Microsoft Entra admin center (entra.microsoft.com), as the first download knows it. */
export const entraEntry: PortalEntry = {
  id: 'entra',
  name: 'Microsoft Entra admin center',
  base: ENTRA_BASE,
  homePath: entraPaths.home,
  load: () => import('./portal'),
};
