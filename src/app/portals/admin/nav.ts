import {
  GridRegular,
  HeadsetRegular,
  HeartPulseRegular,
  HomeRegular,
  PeopleTeamRegular,
  PersonRegular,
  ReceiptRegular,
  SettingsRegular,
  ShieldPersonRegular,
  WrenchRegular,
} from '@fluentui/react-icons';
import { navLink, type NavEntry } from '../../shell/portal';
import { entraPaths } from '../entra/paths';
import { adminRoutes as routes } from './routes';

/** The admin center's left navigation ("Dashboard view", every section shown). */
export const adminNav: readonly NavEntry[] = [
  navLink(routes.home, HomeRegular),
  { kind: 'section', id: 'users', label: 'Users', icon: PersonRegular, items: [navLink(routes.activeUsers), navLink(routes.contacts), navLink(routes.guestUsers), navLink(routes.deletedUsers)] },
  { kind: 'section', id: 'groups', label: 'Teams & groups', icon: PeopleTeamRegular, items: [navLink(routes.activeGroups), navLink(routes.deletedGroups)] },
  { kind: 'section', id: 'roles', label: 'Roles', icon: ShieldPersonRegular, items: [navLink(routes.roleAssignments), navLink(routes.administrativeUnits)] },
  { kind: 'section', id: 'billing', label: 'Billing', icon: ReceiptRegular, items: [navLink(routes.yourProducts), navLink(routes.licenses), navLink(routes.purchaseServices)] },
  navLink(routes.setup, WrenchRegular),
  { kind: 'section', id: 'settings', label: 'Settings', icon: SettingsRegular, items: [navLink(routes.domains), navLink(routes.orgSettings)] },
  { kind: 'section', id: 'health', label: 'Health', icon: HeartPulseRegular, items: [navLink(routes.serviceHealth), navLink(routes.messageCenter)] },
  navLink(routes.support, HeadsetRegular, 'Support'),
  // The admin center's link to Microsoft Entra is labelled "Identity".
  { kind: 'section', id: 'admin-centers', label: 'Admin centers', icon: GridRegular, items: [{ kind: 'link', path: entraPaths.home, label: 'Identity' }] },
];
