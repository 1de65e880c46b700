import type { GroupKind } from '../../../../../../tenant';

export type WizardStep = 'basics' | 'owners' | 'members' | 'settings' | 'review';

export interface WizardKind {
  /** The toolbar button and the pane's title. */
  readonly title: string;
  /** The steps in order; every wizard ends with a review, then the "<Name> group created" page. */
  readonly steps: readonly WizardStep[];
  readonly flags: { readonly mailEnabled: boolean; readonly securityEnabled: boolean; readonly groupTypes: readonly 'Unified'[] };
}

/**
 * The Microsoft 365 admin center's "Add a group" wizards, one per kind. Security groups skip owners
 * and members (they are added from the group's pane afterwards) and have no email address.
 */
export const WIZARD_KINDS: Readonly<Record<GroupKind, WizardKind>> = {
  microsoft365: {
    title: 'Add a Microsoft 365 group',
    steps: ['basics', 'owners', 'members', 'settings', 'review'],
    flags: { mailEnabled: true, securityEnabled: false, groupTypes: ['Unified'] },
  },
  distribution: {
    title: 'Add a distribution list',
    steps: ['basics', 'owners', 'members', 'settings', 'review'],
    flags: { mailEnabled: true, securityEnabled: false, groupTypes: [] },
  },
  mailEnabledSecurity: {
    title: 'Add a mail-enabled security group',
    steps: ['basics', 'owners', 'members', 'settings', 'review'],
    flags: { mailEnabled: true, securityEnabled: true, groupTypes: [] },
  },
  security: {
    title: 'Add a security group',
    steps: ['basics', 'settings', 'review'],
    flags: { mailEnabled: false, securityEnabled: true, groupTypes: [] },
  },
};

/** The stepper's short labels and each step's heading, as the wizard shows them. */
export const STEP_TEXT: Readonly<Record<WizardStep, { readonly label: string; readonly heading: string }>> = {
  basics: { label: 'Basics', heading: 'Set up the basics' },
  owners: { label: 'Owners', heading: 'Assign owners' },
  members: { label: 'Members', heading: 'Add members' },
  settings: { label: 'Settings', heading: 'Edit settings' },
  review: { label: 'Finish', heading: 'Review and finish adding group' },
};
