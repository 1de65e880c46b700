import {
  ArrowSyncRegular,
  BuildingMultipleRegular,
  CertificateRegular,
  DiamondRegular,
  GlobeRegular,
  HomeRegular,
  PeopleRegular,
  PersonKeyRegular,
  PersonRegular,
  ReceiptRegular,
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
      navLink(routes.roles, PersonKeyRegular),
      navLink(routes.administrativeUnits, BuildingMultipleRegular),
      navLink(routes.domains, GlobeRegular),
      navLink(routes.entraConnect, ArrowSyncRegular),
    ],
  },
  { kind: 'section', id: 'id-governance', label: 'ID Governance', icon: ShieldTaskRegular, items: [navLink(routes.pim, ShieldKeyholeRegular)] },
  { kind: 'section', id: 'billing', label: 'Billing', icon: ReceiptRegular, items: [navLink(routes.licenses, CertificateRegular)] },
];
