import { lazy } from 'react';
import { notInLab, page } from '../../../shell/page-routes';
import { adminPaths } from '../paths';

/** Settings: Domains (its list, the add-domain wizard and a domain's page) and Org settings. */
export const settingsRoutes = {
  domains: page(adminPaths.domains, 'Domains', lazy(() => import('./domains/DomainsPage'))),
  addDomain: page(adminPaths.addDomain, 'Add domain', lazy(() => import('./domains/wizard/AddDomainPage'))),
  // The wizard after the domain name; `?step=` says where, so the learner can leave for the DNS host and come back.
  domainSetup: page(`${adminPaths.domains}/:domainName/setup`, 'Add domain', lazy(() => import('./domains/wizard/DomainSetupPage'))),
  domainDetails: page(`${adminPaths.domains}/:domainName`, 'Domains', lazy(() => import('./domains/details/DomainDetailsPage'))),
  orgSettings: notInLab(adminPaths.orgSettings, 'Org settings', 'Organization settings are not available in Tenant Lab yet.'),
};
