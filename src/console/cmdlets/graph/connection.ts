import { PSCustomObject, type PSValue } from '../../runtime/values';
import type { GraphConnection } from '../../session/services';
import type { CmdletContext, CmdletDefinition, ParameterDefinition } from '../types';
import { toRequestJson } from './body';
import { fromJson } from '../core/json';
import { fromGraphJson } from './models';
import { consentedScopes, knownScope } from './scopes';
import { GRAPH_COMMAND_LINE_TOOLS, sendGraph } from './request';

const AUTH = 'Microsoft.Graph.Authentication';

const WELCOME = [
  'Welcome to Microsoft Graph!',
  '',
  `Connected via delegated access using ${GRAPH_COMMAND_LINE_TOOLS.appId}`,
  'Readme: https://aka.ms/graph/sdk/powershell',
  'SDK Docs: https://aka.ms/graph/sdk/powershell/docs',
  'API Docs: https://aka.ms/graph/docs',
  '',
  'NOTE: You can use the -NoWelcome parameter to suppress this message.',
  '',
].join('\n');

export const CONNECT_PARAMETERS: readonly ParameterDefinition[] = [
  { name: 'Scopes', type: 'string[]', position: 0, description: 'An array of delegated permissions to consent to.' },
  { name: 'TenantId', type: 'string', position: 1, aliases: ['Audience', 'Tenant'], description: 'The id of the tenant to connect to.' },
  { name: 'ClientId', type: 'string', aliases: ['AppId', 'ApplicationId'], description: 'The client id of your application.' },
  { name: 'NoWelcome', type: 'switch', description: 'Hides the welcome message.' },
  { name: 'UseDeviceCode', type: 'switch', aliases: ['UseDeviceAuthentication', 'DeviceCode', 'DeviceAuth', 'Device'], description: 'Use device code authentication instead of a browser control.' },
  { name: 'ContextScope', type: 'string', validateSet: ['Process', 'CurrentUser'], description: 'Determines the scope of authentication context.' },
  { name: 'Environment', type: 'string', aliases: ['EnvironmentName', 'NationalCloud'], description: 'The name of the national cloud environment to connect to. By default global cloud is used.' },
  { name: 'ClientTimeout', type: 'double', description: 'Sets the HTTP client timeout in seconds.' },
  { name: 'Identity', type: 'switch', aliases: ['ManagedIdentity', 'ManagedServiceIdentity', 'MSI'], description: 'Login using a Managed Identity.' },
  { name: 'AccessToken', type: 'object', description: 'Specifies a bearer token for Microsoft Graph service.' },
  { name: 'CertificateThumbprint', type: 'string', description: 'The thumbprint of your certificate.' },
  { name: 'CertificateSubjectName', type: 'string', aliases: ['CertificateSubject', 'CertificateName'], description: 'The subject distinguished name of a certificate.' },
  { name: 'ClientSecretCredential', type: 'object', aliases: ['SecretCredential', 'Credential'], description: 'The PSCredential object provides the application ID and client secret for service principal credentials.' },
];

function signInError(context: CmdletContext, message: string, code: string): never {
  return context.fail({ message, category: 'NotSpecified', reason: 'AuthenticationFailedException', fullyQualifiedErrorId: `Microsoft.Graph.PowerShell.Authentication.Cmdlets.ConnectMgGraph,${code}` });
}

/**
 * Connect-MgGraph and Connect-Entra: an interactive delegated sign-in as the admin signed in to
 * the portal (single sign-on, as Cloud Shell does), through Microsoft Graph Command Line Tools.
 * The sandbox treats the app as consented by an administrator for the scopes asked for.
 */
export function connect(context: CmdletContext, module: GraphConnection['module']): void {
  const identity = context.services.identity();
  if (context.parameters.switch('Identity') || context.parameters.has('AccessToken') || context.parameters.has('ClientSecretCredential') || context.parameters.has('CertificateThumbprint') || context.parameters.has('CertificateSubjectName')) {
    signInError(context, 'Tenant Lab signs in interactively, as the admin you are signed in as in the portal. App-only and managed identity sign-ins have no app registration to use here: run Connect-MgGraph -Scopes with the delegated permissions you need.', 'AppOnlyNotAvailable');
  }
  const clientId = context.parameters.string('ClientId');
  if (clientId && clientId.toLowerCase() !== GRAPH_COMMAND_LINE_TOOLS.appId) {
    signInError(context, `AADSTS700016: Application with identifier '${clientId}' was not found in the directory '${identity.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`, 'AADSTS700016');
  }
  const tenant = context.parameters.string('TenantId');
  if (tenant && tenant.toLowerCase() !== identity.tenantId.toLowerCase() && !identity.domains.some((domain) => domain.toLowerCase() === tenant.toLowerCase())) {
    signInError(context, `AADSTS90002: Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`, 'AADSTS90002');
  }
  const requested = (context.parameters.strings('Scopes') ?? []).flatMap((scope) => scope.split(',')).map((scope) => scope.trim()).filter(Boolean);
  const unknown = requested.filter((scope) => !knownScope(scope));
  if (unknown.length > 0) {
    signInError(context, `AADSTS70011: The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${unknown.join(' ')} is not valid.`, 'AADSTS70011');
  }
  if (context.parameters.switch('UseDeviceCode')) {
    context.writeHost('To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code GJ8SK2Q4W to authenticate.');
  }
  const previous = context.services.connection?.account === identity.userPrincipalName ? context.services.connection.scopes : [];
  context.services.connection = {
    module,
    scopes: consentedScopes(previous, requested.map((scope) => knownScope(scope)!)),
    account: identity.userPrincipalName,
    tenantId: identity.tenantId,
  };
  if (!context.parameters.switch('NoWelcome')) context.writeHost(WELCOME);
}

export function contextObject(connection: GraphConnection): PSCustomObject {
  return PSCustomObject.from({
    ClientId: GRAPH_COMMAND_LINE_TOOLS.appId,
    TenantId: connection.tenantId,
    Scopes: [...connection.scopes],
    AuthType: 'Delegated',
    TokenCredentialType: 'InteractiveBrowser',
    CertificateThumbprint: null,
    CertificateSubjectName: null,
    SendCertificateChain: false,
    Account: connection.account,
    AppName: GRAPH_COMMAND_LINE_TOOLS.displayName,
    ContextScope: 'CurrentUser',
    Certificate: null,
    PSHostVersion: '7.4.6',
    ManagedIdentityId: null,
    ClientSecret: null,
    Environment: 'Global',
  }, ['Microsoft.Graph.PowerShell.Authentication.AuthContext']);
}

export const connectMgGraph: CmdletDefinition = {
  name: 'Connect-MgGraph',
  module: AUTH,
  implementation: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.ConnectMgGraph',
  synopsis: 'Microsoft Graph PowerShell supports two types of authentication: delegated and app-only access.',
  description: 'Signs in with delegated access and consents to the permissions given in -Scopes. Running it again with more scopes adds them. The sign-in lasts until Disconnect-MgGraph. In the console, it signs in as the admin you are signed in to the portal as.',
  parameters: CONNECT_PARAMETERS,
  examples: [{ code: 'Connect-MgGraph -Scopes User.ReadWrite.All, Organization.Read.All', remarks: 'Signs in to read organization data and manage users.' }],
  run(context) {
    connect(context, 'Microsoft.Graph');
  },
};

export const disconnectMgGraph: CmdletDefinition = {
  name: 'Disconnect-MgGraph',
  module: AUTH,
  implementation: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.DisconnectMgGraph',
  synopsis: "Once you're signed in, you'll remain signed in until you invoke Disconnect-MgGraph.",
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

export const getMgContext: CmdletDefinition = {
  name: 'Get-MgContext',
  module: AUTH,
  implementation: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.GetMgContext',
  synopsis: 'Invoking Get-MgContext returns the current authentication context.',
  description: 'Shows who is signed in, through which app, and the scopes consented to. `Get-MgContext | Select-Object -ExpandProperty Scopes` lists the scopes.',
  parameters: [],
  run(context) {
    if (context.services.connection) context.output(contextObject(context.services.connection));
  },
};

function hashtableOf(value: unknown): PSValue {
  return fromJson(value, true);
}

export const invokeMgGraphRequest: CmdletDefinition = {
  name: 'Invoke-MgGraphRequest',
  module: AUTH,
  implementation: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.InvokeMgGraphRequest',
  synopsis: 'Invoke-MgGraphRequest issues REST API requests to the Graph API. It works for any Graph API if you know the REST URI, method and optional body parameter.',
  parameters: [
    { name: 'Method', type: 'string', position: 0, validateSet: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], description: 'HTTP Method.' },
    { name: 'Uri', type: 'string', position: 1, mandatory: true, description: 'Uniform Resource Identifier of the Graph API, absolute or relative (v1.0/users).' },
    { name: 'Body', type: 'object', position: 2, description: 'Request Body. Required when Method is Post or Patch.' },
    { name: 'Headers', type: 'hashtable', description: 'Optional Custom Headers' },
    { name: 'OutputType', type: 'string', validateSet: ['HashTable', 'PSObject', 'HttpResponseMessage', 'Json'], description: 'Output Type to return to the caller, Defaults to HashTable' },
    { name: 'ContentType', type: 'string', description: 'Custom Content Type' },
  ],
  examples: [{ code: "Invoke-MgGraphRequest -Method GET -Uri 'v1.0/users?$top=5'", remarks: 'Sends a raw request.' }],
  run(context) {
    const uri = context.parameters.string('Uri') ?? '';
    const url = new URL(uri, 'https://graph.microsoft.com/');
    const version = url.pathname.match(/^\/(v1\.0|beta)/)?.[1] ?? 'v1.0';
    const path = url.pathname.replace(/^\/(v1\.0|beta)/, '') + url.search;
    const method = (context.parameters.string('Method') ?? 'GET').toUpperCase() as 'GET';
    const raw = context.parameters.get('Body');
    let body: unknown;
    try {
      body = raw === undefined ? undefined : typeof raw === 'string' ? JSON.parse(raw) : toRequestJson(raw);
    } catch (error) {
      return context.fail({ message: `The request body is not valid JSON: ${(error as Error).message}`, category: 'InvalidArgument', reason: 'ArgumentException', fullyQualifiedErrorId: 'InvalidJsonBody' });
    }
    const headers: Record<string, string> = {};
    for (const [key, value] of context.parameters.hashtable('Headers')?.pairs() ?? []) headers[key] = String(value);
    if (version !== 'v1.0') {
      return context.fail({ message: 'The console emulates Microsoft Graph v1.0; beta endpoints are not available.', category: 'NotImplemented', reason: 'HttpRequestException', fullyQualifiedErrorId: 'NotSupported' });
    }
    const response = sendGraph(context, { method, path: path.split('?')[0]!, query: Object.fromEntries(url.searchParams), body, headers, variant: 'Invoke-MgGraphRequest' });
    if (!response || response.body === undefined) return;
    const output = (context.parameters.string('OutputType') ?? 'HashTable').toLowerCase();
    if (output === 'json') context.output(JSON.stringify(response.body));
    else if (output === 'psobject') context.output(fromGraphJson(response.body));
    else context.output(hashtableOf(response.body));
  },
};
