export type * from './contract';
export { GRAPH_COMMAND_LINE_TOOLS, GRAPH_EXPLORER } from './apps';
export { createGraphService, type GraphService } from './service';
export { memoryTenantPort, type MemoryTenantPort } from './memory-port';
export { hasScopes } from './permissions';
export type { ScopeRequirement } from './route';
