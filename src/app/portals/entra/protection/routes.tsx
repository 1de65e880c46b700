import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { entraPaths } from '../paths';

/**
 * Protection: Conditional Access (overview, policies and their editor, named locations, What
 * If), Authentication methods and Password reset; with the pages the real portal reaches from
 * elsewhere but that manage the same sign-in security: security defaults (Overview > Properties)
 * and per-user MFA (Users > Per-user MFA).
 */
export const protectionRoutes = {
  conditionalAccess: page(entraPaths.conditionalAccess, 'Conditional Access', lazy(() => import('./conditional-access/ConditionalAccessOverviewPage'))),
  conditionalAccessPolicies: page(entraPaths.conditionalAccessPolicies, 'Policies', lazy(() => import('./conditional-access/PoliciesPage'))),
  newConditionalAccessPolicy: page(entraPaths.newConditionalAccessPolicy, 'New Conditional Access policy', lazy(() => import('./conditional-access/PolicyEditorPage'))),
  conditionalAccessPolicy: page(`${entraPaths.conditionalAccessPolicies}/:policyId`, 'Conditional Access policy', lazy(() => import('./conditional-access/PolicyEditorPage'))),
  namedLocations: page(entraPaths.namedLocations, 'Named locations', lazy(() => import('./conditional-access/NamedLocationsPage'))),
  whatIf: page(entraPaths.whatIf, 'What If', lazy(() => import('./conditional-access/WhatIfPage'))),
  authenticationMethods: page(entraPaths.authenticationMethods, 'Authentication methods', lazy(() => import('./authentication-methods/AuthenticationMethodsPage'))),
  passwordReset: page(entraPaths.passwordReset, 'Password reset', lazy(() => import('./password-reset/PasswordResetPage'))),
  properties: page(entraPaths.properties, 'Properties', lazy(() => import('./SecurityDefaultsPage'))),
  perUserMfa: page(entraPaths.perUserMfa, 'Per-user multifactor authentication', lazy(() => import('./PerUserMfaPage'))),
};
