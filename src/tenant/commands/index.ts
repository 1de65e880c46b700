import type { CommandDefinition } from '../command';
import { administrativeUnitCommands } from './administrative-units';
import { clockCommands } from './clock';
import { contactCommands } from './contacts';
import { dnsCommands } from './dns';
import { domainCommands } from './domains';
import { groupCommands } from './groups';
import { guestCommands } from './guests';
import { licenseCommands } from './licenses';
import { pimCommands } from './pim';
import { roleCommands } from './roles';
import { subscriptionCommands } from './subscriptions';
import { userCommands } from './users';

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
