import type { CommandDefinition } from '../command';
import { administrativeUnitCommands } from '../areas/roles/commands/administrative-units';
import { clockCommands } from './clock';
import { contactCommands } from '../areas/directory/commands/contacts';
import { dnsCommands } from '../areas/domains/commands/dns';
import { domainCommands } from '../areas/domains/commands/domains';
import { groupCommands } from '../areas/directory/commands/groups';
import { guestCommands } from '../areas/directory/commands/guests';
import { licenseCommands } from '../areas/licensing/commands/licenses';
import { pimCommands } from '../areas/roles/commands/pim';
import { roleCommands } from '../areas/roles/commands/roles';
import { subscriptionCommands } from '../areas/licensing/commands/subscriptions';
import { userCommands } from '../areas/directory/commands/users';

/**
 * Every command the tenant accepts, in one explicit table. Its keys are the command types; the
 * payload of each is the type its definition was declared with. Nothing registers itself.
 */
export const commands = {
  ...clockCommands,
  ...dnsCommands,
  ...domainCommands,
  ...userCommands,
  ...groupCommands,
  ...guestCommands,
  ...contactCommands,
  ...roleCommands,
  ...administrativeUnitCommands,
  ...pimCommands,
  ...licenseCommands,
  ...subscriptionCommands,
};

export type CommandType = keyof typeof commands;

type PayloadOf<D> = D extends CommandDefinition<infer C> ? C : never;

/** The union of every command payload, discriminated by `type`. */
export type Command = { [K in CommandType]: PayloadOf<(typeof commands)[K]> }[CommandType];

export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export function isCommandType(type: string): type is CommandType {
  return Object.hasOwn(commands, type);
}
