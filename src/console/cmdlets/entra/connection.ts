import { CONNECT_PARAMETERS, connect, contextObject } from '../graph/connection';
import type { CmdletDefinition } from '../types';

const AUTH = 'Microsoft.Entra.Authentication';

export const connectEntra: CmdletDefinition = {
  name: 'Connect-Entra',
  module: AUTH,
  implementation: 'Connect-Entra',
  synopsis: 'Connect to Microsoft Entra ID with an authenticated account.',
  description: 'Signs in to Microsoft Graph for the Microsoft Entra PowerShell cmdlets (which share the sign-in with the Microsoft Graph PowerShell SDK).',
  parameters: CONNECT_PARAMETERS,
  examples: [{ code: "Connect-Entra -Scopes 'User.Read.All'", remarks: 'Signs in to read users.' }],
  run(context) {
    connect(context, 'Microsoft.Entra');
  },
};

export const disconnectEntra: CmdletDefinition = {
  name: 'Disconnect-Entra',
  module: AUTH,
  implementation: 'Disconnect-Entra',
  synopsis: 'Disconnects the current session from a Microsoft Entra ID tenant.',
  parameters: [],
  run(context) {
    const connection = context.services.connection;
    if (!connection) {
      return context.fail({ message: 'No application to sign out from.', category: 'InvalidOperation', reason: 'Exception', fullyQualifiedErrorId: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.DisconnectMgGraph' });
    }
    context.services.connection = null;
    context.output(contextObject(connection));
  },
};

export const getEntraContext: CmdletDefinition = {
  name: 'Get-EntraContext',
  module: AUTH,
  implementation: 'Get-EntraContext',
  synopsis: 'Retrieve information about your current session',
  parameters: [],
  run(context) {
    if (context.services.connection) context.output(contextObject(context.services.connection));
  },
};
