import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { entraPaths } from '../paths';

/** Billing: Licenses, all products and a page per product. */
export const entraBillingRoutes = {
  licenses: page(entraPaths.licenses, 'Licenses', lazy(() => import('./licenses/EntraLicensesPage'))),
  licenseProduct: page(`${entraPaths.licenses}/:skuId`, 'Licenses', lazy(() => import('./licenses/EntraLicenseProductPage'))),
};
