/**
 * The MS-102 skills measured, as the four exam domains and the functional groups under them.
 * Scenarios name the groups they practise by these ids, and live in `scenarios/<id>/`; reports
 * roll points up to both levels.
 */
export const SKILL_DOMAINS = {
  tenant: { title: 'Deploy and manage a Microsoft 365 tenant', weight: '25–30%' },
  identity: { title: 'Implement and manage Microsoft Entra identity and access', weight: '25–30%' },
  security: { title: 'Manage security and threats by using Microsoft Defender XDR', weight: '30–35%' },
  compliance: { title: 'Manage compliance by using Microsoft Purview', weight: '10–15%' },
} as const;

export type SkillDomainId = keyof typeof SKILL_DOMAINS;

export const SKILL_AREAS = {
  tenant: { domain: 'tenant', title: 'Implement and manage a Microsoft 365 tenant' },
  'users-and-groups': { domain: 'tenant', title: 'Manage users and groups' },
  roles: { domain: 'tenant', title: 'Manage roles in Microsoft 365' },
  'identity-sync': { domain: 'identity', title: 'Implement and manage identity synchronization with Microsoft Entra ID' },
  authentication: { domain: 'identity', title: 'Implement and manage authentication' },
  'secure-access': { domain: 'identity', title: 'Implement and manage secure access' },
  'security-reports': { domain: 'security', title: 'Identify and respond to security incidents and alerts' },
  'defender-for-office-365': { domain: 'security', title: 'Manage security by using Microsoft Defender for Office 365' },
  'defender-for-endpoint': { domain: 'security', title: 'Manage endpoint security by using Microsoft Defender for Endpoint' },
  'defender-for-cloud-apps': { domain: 'security', title: 'Manage Microsoft Defender for Cloud Apps' },
  'information-protection': { domain: 'compliance', title: 'Implement Microsoft Purview information protection and data lifecycle management' },
  'data-loss-prevention': { domain: 'compliance', title: 'Implement Microsoft Purview data loss prevention' },
} as const satisfies Record<string, { domain: SkillDomainId; title: string }>;

export type SkillAreaId = keyof typeof SKILL_AREAS;

export const SKILL_AREA_IDS = Object.keys(SKILL_AREAS) as [SkillAreaId, ...SkillAreaId[]];
