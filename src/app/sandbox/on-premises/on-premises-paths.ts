/*
 * Where the simulated on-premises server lives: `/on-premises`, outside both portals. Its two
 * consoles are the domain controller's Active Directory Users and Computers and the Entra
 * Connect server's wizard and ADSync operations.
 */

export const ON_PREMISES_PATH = '/on-premises';

export const onPremisesPaths = {
  aduc: `${ON_PREMISES_PATH}/aduc`,
  connect: `${ON_PREMISES_PATH}/connect`,
} as const;
