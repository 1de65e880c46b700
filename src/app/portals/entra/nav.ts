import {
  BuildingMultipleRegular,
  CertificateRegular,
  DiamondRegular,
  GlobeRegular,
  HomeRegular,
  LaptopRegular,
  LockClosedRegular,
  KeyResetRegular,
  PulseRegular,
  ShieldLockRegular,
  TextBulletListSquareRegular,
  PasswordRegular,
  PeopleRegular,
  PersonKeyRegular,
  PersonRegular,
  ReceiptRegular,
  DocumentBulletListRegular,
  ShieldKeyholeRegular,
  ShieldTaskRegular,
} from '@fluentui/react-icons';
import { navLink, type NavEntry } from '../../shell/portal';
import { entraRoutes as routes } from './routes';

/** The Entra admin center's left navigation, in its 2025 wording ("Entra ID", "ID Governance"). */
export const entraNav: readonly NavEntry[] = [
  navLink(routes.home, HomeRegular),
  {
    kind: 'section',
    id: 'entra-id',
    label: 'Entra ID',
    icon: DiamondRegular,
    items: [
      navLink(routes.users, PersonRegular),
      navLink(routes.groups, PeopleRegular),
      navLink(routes.devices, LaptopRegular, 'Devices'),
      navLink(routes.roles, PersonKeyRegular),
      navLink(routes.administrativeUnits, BuildingMultipleRegular),
      navLink(routes.domains, GlobeRegular),
    ],
  },
  {
    kind: 'section',
    id: 'protection',
    label: 'Protection',
    icon: ShieldLockRegular,
    items: [navLink(routes.conditionalAccess, LockClosedRegular), navLink(routes.authenticationMethods, PasswordRegular), navLink(routes.passwordReset, KeyResetRegular)],
  },
  { kind: 'section', id: 'id-governance', label: 'ID Governance', icon: ShieldTaskRegular, items: [navLink(routes.pim, ShieldKeyholeRegular)] },
  { kind: 'section', id: 'monitoring', label: 'Monitoring & health', icon: PulseRegular, items: [navLink(routes.signInLogs, TextBulletListSquareRegular), navLink(routes.auditLogs, DocumentBulletListRegular)] },
  { kind: 'section', id: 'billing', label: 'Billing', icon: ReceiptRegular, items: [navLink(routes.licenses, CertificateRegular)] },
];
