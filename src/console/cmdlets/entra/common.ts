import { PSHashtable, PSObject, type PSValue } from '../../runtime/values';
import { fromJson } from '../core/json';
import { SCHEMAS, type ModelSchema } from '../graph/models';
import type { ParameterDefinition } from '../types';

export const ENTRA_USERS = 'Microsoft.Entra.Users';
export const ENTRA_GROUPS = 'Microsoft.Entra.Groups';
export const ENTRA_DIRECTORY = 'Microsoft.Entra.DirectoryManagement';
export const ENTRA_GOVERNANCE = 'Microsoft.Entra.Governance';

/** Microsoft Entra PowerShell shows users with ObjectId beside Id, as the AzureAD module did. */
export const ENTRA_USER: ModelSchema = { ...SCHEMAS.user!, properties: [...SCHEMAS.user!.properties, 'ObjectId'], aliases: { ObjectId: 'id' }, view: 'Microsoft.Entra.User' };
export const ENTRA_NEW_USER: ModelSchema = { ...ENTRA_USER, view: 'Microsoft.Entra.NewUser' };
export const ENTRA_GROUP: ModelSchema = { ...SCHEMAS.group!, properties: [...SCHEMAS.group!.properties, 'ObjectId'], aliases: { ObjectId: 'id' }, view: 'Microsoft.Entra.Group' };

/** Entra's list parameters: -Filter, -Top (alias -Limit), -All and -Property. */
export const ENTRA_LIST: readonly ParameterDefinition[] = [
  { name: 'Filter', type: 'string', description: 'Specifies an OData v4.0 filter statement.' },
  { name: 'Top', type: 'int', aliases: ['Limit'], description: 'Specifies the maximum number of records to return.' },
  { name: 'All', type: 'switch', description: 'List all pages.' },
  { name: 'Property', type: 'string[]', aliases: ['Select'], description: 'Specifies properties to be returned.' },
];

export const SEARCH_STRING: ParameterDefinition = { name: 'SearchString', type: 'string', description: 'Specifies a search string; matches the start of the display name (and user name).' };

/** The OData filter Entra builds from -SearchString: a prefix match. */
export function searchFilter(value: string | undefined, properties: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  const quoted = value.replace(/'/g, "''");
  return properties.map((property) => `startswith(${property},'${quoted}')`).join(' or ');
}

function read(value: PSValue | undefined, name: string): PSValue | undefined {
  if (value instanceof PSObject) return value.get(name);
  if (value instanceof PSHashtable) return value.get(name);
  return undefined;
}

/** The AzureAD PasswordProfile object (or a hashtable) as Graph's passwordProfile. */
export function passwordProfileBody(value: PSValue | undefined): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  const body: Record<string, unknown> = {};
  const password = read(value, 'Password');
  if (password !== undefined && password !== null) body.password = password;
  const force = read(value, 'ForceChangePasswordNextLogin') ?? read(value, 'ForceChangePasswordNextSignIn');
  if (force !== undefined && force !== null) body.forceChangePasswordNextSignIn = force;
  return body;
}

const list = (item: PSValue | undefined): PSValue[] => (item === undefined || item === null ? [] : Array.isArray(item) ? item : [item]);

/** Microsoft.Open.AzureAD.Model.AssignedLicenses as assignLicense's body. */
export function assignedLicensesBody(value: PSValue | undefined): { addLicenses: unknown[]; removeLicenses: string[] } {
  return {
    addLicenses: list(read(value, 'AddLicenses')).map((license) => ({ skuId: read(license, 'SkuId') ?? null, disabledPlans: list(read(license, 'DisabledPlans')) })),
    removeLicenses: list(read(value, 'RemoveLicenses')).map((sku) => String(sku)),
  };
}

/** A JSON body as the hashtable Entra prints for some cmdlets (Set-EntraUserLicense shows Name/Value pairs). */
export function asHashtable(json: unknown): PSValue {
  return json && typeof json === 'object' ? fromJson(json, true) : null;
}
