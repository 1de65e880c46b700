import { produce, type Draft } from 'immer';
import { defineCommand } from '../../../command';
import type { TenantError } from '../../../errors';
import { ON_PREMISES_ERRORS } from '../errors';
import type { Tenant } from '../../../model';
import { buildForest, putContainer, putGroup, putUser } from '../rules/build';
import { nextUsn } from '../rules/usn';
import { containerNamed } from '../rules/tree';
import { nameInUseError, noForestError, passwordPolicyError, samAccountNameError, upnError } from '../rules/validation';
import type { OnPremisesGroup } from '../model/objects';

/** dcpromo: promote the server to the first domain controller of a new forest. */
export interface CreateForest {
  readonly type: 'onPremises.createForest';
  /** e.g. `contoso.local`. */
  readonly domainName: string;
  /** e.g. `CONTOSO`. */
  readonly netBiosName: string;
  readonly administratorPassword: string;
}

/** Active Directory Domains and Trusts > Properties > UPN Suffixes > Add. */
export interface AddUpnSuffix {
  readonly type: 'onPremises.addUpnSuffix';
  readonly suffix: string;
}

export interface RemoveUpnSuffix {
  readonly type: 'onPremises.removeUpnSuffix';
  readonly suffix: string;
}

interface SeedUser {
  readonly ou: string;
  readonly sAMAccountName: string;
  readonly givenName?: string;
  readonly sn?: string;
  readonly userPrincipalName?: string;
  readonly mail?: string;
  readonly proxyAddresses?: readonly string[];
  readonly department?: string;
  readonly title?: string;
  readonly enabled?: boolean;
}

/**
 * The lab's seed of an on-premises directory for a scenario's setup, in one declarative step:
 * a forest, its UPN suffixes, OUs (by path under the domain, `Contoso/Sales`), users, generated
 * users (`count` accounts named `prefix1`…) and groups with members by sAMAccountName.
 */
export interface SeedOnPremises {
  readonly type: 'onPremises.seed';
  readonly domainName: string;
  readonly netBiosName: string;
  readonly upnSuffixes?: readonly string[];
  readonly organizationalUnits?: readonly string[];
  readonly users?: readonly SeedUser[];
  readonly generatedUsers?: readonly { readonly ou: string; readonly count: number; readonly prefix: string; readonly upnSuffix?: string; readonly department?: string }[];
  readonly groups?: readonly { readonly ou: string; readonly name: string; readonly groupCategory?: OnPremisesGroup['groupCategory']; readonly mail?: string; readonly members?: readonly string[] }[];
}

/** Passwords the seed gives; the lab shows them on the server, as a lab guide would. */
const SEED_PASSWORD = 'Pa55w.rd1234';
const DNS_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

function domainNameError(name: unknown, target: string): TenantError | undefined {
  return typeof name === 'string' && DNS_NAME.test(name.trim()) ? undefined : ON_PREMISES_ERRORS.invalidDomainName(String(name), target);
}

class SeedError extends Error {
  constructor(readonly error: TenantError) {
    super(error.message);
  }
}

function orThrow(error: TenantError | undefined): void {
  if (error) throw new SeedError(error);
}

function ouPath(domainName: string, path: string): string {
  return `${domainName}/${path.replace(/^\/+|\/+$/g, '')}`;
}

/** Builds the seed into the draft, throwing the first refusal; validate runs it on a scratch copy. */
function applySeed(draft: Draft<Tenant>, command: SeedOnPremises, newId: () => string, now: string): void {
  orThrow(domainNameError(command.domainName, 'domainName'));
  if (draft.onPremises.forest) orThrow(ON_PREMISES_ERRORS.forestExists(draft.onPremises.forest.id));
  const domain = command.domainName.trim().toLowerCase();
  buildForest(draft, domain, command.netBiosName.trim().toUpperCase(), newId, now, SEED_PASSWORD);
  for (const suffix of command.upnSuffixes ?? []) {
    orThrow(domainNameError(suffix, 'upnSuffixes'));
    draft.onPremises.forest!.upnSuffixes.push(suffix.trim().toLowerCase());
  }
  const containerAt = (path: string, target: string) => {
    const found = containerNamed(draft as Tenant, ouPath(domain, path));
    if (!found) throw new SeedError(ON_PREMISES_ERRORS.seedOuMissing(path, target));
    return found.id;
  };
  for (const path of command.organizationalUnits ?? []) {
    const parts = path.split('/').filter(Boolean);
    const parentId = parts.length > 1 ? containerAt(parts.slice(0, -1).join('/'), 'organizationalUnits') : null;
    orThrow(nameInUseError(draft as Tenant, parts.at(-1), parentId));
    putContainer(draft, newId(), parts.at(-1)!, parentId);
  }
  const samIds = new Map<string, string>();
  for (const user of command.users ?? []) {
    const parentId = containerAt(user.ou, 'users');
    const upn = user.userPrincipalName ?? `${user.sAMAccountName}@${domain}`;
    orThrow(samAccountNameError(draft as Tenant, user.sAMAccountName) ?? upnError(draft as Tenant, upn));
    const created = putUser(draft, newId(), { ...user, parentId, userPrincipalName: upn, password: SEED_PASSWORD }, now);
    samIds.set(created.sAMAccountName.toLowerCase(), created.id);
  }
  for (const generated of command.generatedUsers ?? []) {
    const parentId = containerAt(generated.ou, 'generatedUsers');
    const suffix = generated.upnSuffix ?? domain;
    orThrow(upnError(draft as Tenant, `${generated.prefix}1@${suffix}`));
    for (let i = 1; i <= generated.count; i++) {
      const sam = `${generated.prefix}${i}`;
      putUser(draft, newId(), { parentId, sAMAccountName: sam, userPrincipalName: `${sam}@${suffix}`, givenName: generated.prefix, sn: String(i), department: generated.department ?? null, password: SEED_PASSWORD }, now);
    }
  }
  for (const group of command.groups ?? []) {
    const parentId = containerAt(group.ou, 'groups');
    const memberIds = (group.members ?? []).map((sam) => {
      const id = samIds.get(sam.toLowerCase());
      if (!id) throw new SeedError(ON_PREMISES_ERRORS.seedMemberUnknown(group.name, sam));
      return id;
    });
    putGroup(draft, newId(), { parentId, name: group.name, groupCategory: group.groupCategory ?? 'Security', mail: group.mail ?? null, memberIds });
  }
}

export const forestCommands = {
  'onPremises.createForest': defineCommand<CreateForest>({
    describe: (command) => `Forest ${command.domainName} created on the domain controller`,
    // The learner is the server's own administrator; on-premises AD is outside Entra's roles.
    permission: null,
    activity: null,
    validate(tenant, command) {
      if (tenant.onPremises.forest) return ON_PREMISES_ERRORS.forestExists(tenant.onPremises.forest.id);
      const error = domainNameError(command.domainName, 'domainName');
      if (error) return error;
      if (typeof command.netBiosName !== 'string' || !/^[A-Za-z0-9-]{1,15}$/.test(command.netBiosName.trim())) {
        return ON_PREMISES_ERRORS.invalidNetBiosName();
      }
      return passwordPolicyError('Administrator', command.administratorPassword);
    },
    apply(draft, command, context) {
      buildForest(draft, command.domainName.trim().toLowerCase(), command.netBiosName.trim().toUpperCase(), context.newId, context.now, command.administratorPassword);
    },
  }),

  'onPremises.seed': defineCommand<SeedOnPremises>({
    describe: (command) => `On-premises directory ${command.domainName} set up for the lab`,
    permission: null,
    activity: null,
    validate(tenant, command, context) {
      let counter = 0;
      try {
        produce(tenant, (draft) => applySeed(draft, command, () => `seed-check-${++counter}`, context.now));
      } catch (error) {
        if (error instanceof SeedError) return error.error;
        return ON_PREMISES_ERRORS.seedMalformed(error instanceof Error ? error.message : String(error));
      }
      return undefined;
    },
    apply(draft, command, context) {
      applySeed(draft, command, context.newId, context.now);
    },
  }),

  'onPremises.addUpnSuffix': defineCommand<AddUpnSuffix>({
    describe: (command) => `UPN suffix ${command.suffix} added to the forest`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const noForest = noForestError(tenant.onPremises);
      if (noForest) return noForest;
      const error = domainNameError(command.suffix, 'suffix');
      if (error) return error;
      const suffix = command.suffix.trim().toLowerCase();
      if (suffix === tenant.onPremises.forest!.id || tenant.onPremises.forest!.upnSuffixes.includes(suffix)) {
        return ON_PREMISES_ERRORS.upnSuffixExists(suffix);
      }
      return undefined;
    },
    apply(draft, command) {
      draft.onPremises.forest!.upnSuffixes.push(command.suffix.trim().toLowerCase());
      nextUsn(draft);
    },
  }),

  'onPremises.removeUpnSuffix': defineCommand<RemoveUpnSuffix>({
    describe: (command) => `UPN suffix ${command.suffix} removed from the forest`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const noForest = noForestError(tenant.onPremises);
      if (noForest) return noForest;
      const suffix = typeof command.suffix === 'string' ? command.suffix.trim().toLowerCase() : '';
      if (!tenant.onPremises.forest!.upnSuffixes.includes(suffix)) return ON_PREMISES_ERRORS.notAnUpnSuffix(suffix);
      return undefined;
    },
    apply(draft, command) {
      const forest = draft.onPremises.forest!;
      forest.upnSuffixes = forest.upnSuffixes.filter((suffix) => suffix !== command.suffix.trim().toLowerCase());
    },
  }),
};
