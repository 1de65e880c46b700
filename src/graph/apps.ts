import type { GraphClientApp } from './contract';

/**
 * The first-party client apps a learner calls Graph through, with the application ids Entra knows
 * them by, so audit records name them as a real tenant does.
 */
export const GRAPH_EXPLORER: GraphClientApp = Object.freeze({ appId: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064', displayName: 'Graph Explorer' });

/** The app Connect-MgGraph and Connect-Entra sign in through by default. */
export const GRAPH_COMMAND_LINE_TOOLS: GraphClientApp = Object.freeze({
  appId: '14d82eec-204b-4c2f-b7e8-296a70dab67e',
  displayName: 'Microsoft Graph Command Line Tools',
});
