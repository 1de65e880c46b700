import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { adminPaths } from '../paths';

/** Billing: Your products, Licenses and Purchase services, each with a page per product. */
export const billingRoutes = {
  yourProducts: page(adminPaths.yourProducts, 'Your products', lazy(() => import('./your-products/YourProductsPage'))),
  subscriptionDetails: page(`${adminPaths.yourProducts}/:subscriptionId`, 'Your products', lazy(() => import('./your-products/SubscriptionDetailsPage'))),
  licenses: page(adminPaths.licenses, 'Licenses', lazy(() => import('./licenses/LicensesPage'))),
  licenseProduct: page(`${adminPaths.licenses}/:skuId`, 'Licenses', lazy(() => import('./licenses/LicenseProductPage'))),
  purchaseServices: page(adminPaths.purchaseServices, 'Purchase services', lazy(() => import('./purchase-services/PurchaseServicesPage'))),
  purchaseProduct: page(`${adminPaths.purchaseServices}/:skuPartNumber`, 'Purchase services', lazy(() => import('./purchase-services/ProductOfferPage'))),
};
