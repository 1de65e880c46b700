import type { GraphCaller, GraphRequest, GraphResponse } from '../../graph/contract';
import type { CmdletDefinition } from '../cmdlets/types';
import type { ViewTable } from '../format/views';
import type { PSDateTime } from '../runtime/values';
import type { FileStore } from './files';

/** What the console needs of the Graph emulation: `createGraphService(port)` gives exactly this. */
export interface GraphHandler {
  handle(request: GraphRequest, caller: GraphCaller): GraphResponse;
}

/** A signed-in Graph session, as Get-MgContext shows it. */
export interface GraphConnection {
  /** The module that connected: Connect-MgGraph or Connect-Entra. */
  readonly module: 'Microsoft.Graph' | 'Microsoft.Entra';
  readonly scopes: readonly string[];
  readonly account: string;
  readonly tenantId: string;
}

/** Who is signed in to the portal, which is who Connect-MgGraph signs in as (single sign-on). */
export interface ConsoleIdentity {
  readonly userPrincipalName: string;
  readonly tenantId: string;
  /** The tenant's domains, which -TenantId may name instead of the id. */
  readonly domains: readonly string[];
  /** The part of the user name before the @, for the home directory (/home/admin). */
  readonly alias: string;
}

/** The commands the console knows, for resolution, Get-Command, Get-Help and completion. */
export interface CommandCatalog {
  find(name: string): CmdletDefinition | undefined;
  all(): readonly CmdletDefinition[];
  /** The cmdlet an alias (`select`, `?`, `%`, `ft`) stands for. */
  alias(name: string): string | undefined;
  aliases(): readonly (readonly [string, string])[];
  /** What a retired module's command (Connect-MsolService, Get-AzureADUser) answers, or undefined. */
  retired(name: string): string | undefined;
}

/** Everything outside the language that cmdlets use, provided by the console session. */
export interface SessionServices {
  readonly graph: GraphHandler;
  connection: GraphConnection | null;
  readonly files: FileStore;
  readonly commands: CommandCatalog;
  /** The default views of every type the console formats. */
  readonly views: ViewTable;
  identity(): ConsoleIdentity;
  /** The simulated clock's instant, for Get-Date. */
  now(): PSDateTime;
  history(): readonly string[];
  clearHost(): void;
}
