import type { CommandDefinition } from '../command';
import type { CommandsOf } from '../area';
import { areas, type Areas } from '../areas';
import { clockCommands } from './clock';

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void ? I : never;

/** The commands of every area, merged: one table whose keys are the command types. */
type AreaCommands = UnionToIntersection<CommandsOf<Areas[keyof Areas]>>;

function mergeCommands(): typeof clockCommands & AreaCommands {
  const table: Record<string, unknown> = { ...clockCommands };
  for (const area of Object.values(areas)) {
    for (const [type, definition] of Object.entries(area.commands)) {
      // Two areas claiming one type would silently shadow a command; the table refuses at load.
      if (Object.hasOwn(table, type)) throw new Error(`The command type '${type}' is defined twice (area ${area.id}).`);
      table[type] = definition;
    }
  }
  return table as typeof clockCommands & AreaCommands;
}

/**
 * Every command the tenant accepts, derived from the `areas` table (plus the clock, which belongs
 * to the tenant itself). Its keys are the command types; the payload of each is the type its
 * definition was declared with. Nothing registers itself.
 */
export const commands = mergeCommands();

export type CommandType = keyof typeof commands;

type PayloadOf<D> = D extends CommandDefinition<infer C> ? C : never;

/** The union of every command payload, discriminated by `type`. */
export type Command = { [K in CommandType]: PayloadOf<(typeof commands)[K]> }[CommandType];

export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

export function isCommandType(type: string): type is CommandType {
  return Object.hasOwn(commands, type);
}
