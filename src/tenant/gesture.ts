import type { Command } from './commands';

/**
 * An id a part of a gesture takes from an earlier part: the `index`th object that part created
 * (in the order its command minted ids; 0, the first, is the object a create command makes).
 */
export interface CreatedBy {
  readonly part: number;
  readonly index?: number;
}

export interface GesturePart {
  readonly command: Command;
  /**
   * Fields of the command filled, when the part runs, with an id an earlier part created: "assign
   * this license to the user the first part adds". Only the named top-level fields are filled, so
   * nothing a learner typed is ever read as a reference.
   */
  readonly bind?: Readonly<Record<string, CreatedBy>>;
}

/**
 * What a learner does with one click that the tenant takes as several commands: "Finish adding"
 * in the Add a user wizard creates the user, licenses them and assigns roles. The parts are
 * applied in order, all or none, and logged as one entry, so undo, "what changed" and replay see
 * one gesture. Each part still writes its own audit records, as the real services do.
 */
export interface Gesture {
  readonly type: 'gesture';
  /** What the learner did, in the portal's words ("Add a user"). */
  readonly name: string;
  readonly parts: readonly GesturePart[];
}

/** A command or a gesture: everything the tenant actor accepts and the log records. */
export type TenantCommand = Command | Gesture;

/** Far above any form's needs (a bulk add of the real limit, 249 users, licensed one by one). */
export const MAX_GESTURE_PARTS = 1000;

export function isGesture(command: { readonly type: string }): command is Gesture {
  return command.type === 'gesture';
}

export function gesture(name: string, parts: readonly (Command | GesturePart)[]): Gesture {
  return { type: 'gesture', name, parts: parts.map((part) => ('command' in part ? part : { command: part })) };
}

/**
 * Why a gesture read from a stored log or a file cannot be applied, or null. Parts are commands,
 * never gestures; a binding names an earlier part and a field the command has.
 */
export function gestureShapeError(command: object, isCommandType: (type: string) => boolean): string | null {
  const value = command as { readonly name?: unknown; readonly parts?: unknown };
  if (typeof value.name !== 'string' || value.name.length === 0) return 'a gesture needs a name';
  if (!Array.isArray(value.parts) || value.parts.length === 0) return 'a gesture needs at least one part';
  if (value.parts.length > MAX_GESTURE_PARTS) return `a gesture has at most ${MAX_GESTURE_PARTS} parts`;
  for (const [index, part] of (value.parts as unknown[]).entries()) {
    const error = partShapeError(part, index, isCommandType);
    if (error) return `part ${index + 1}: ${error}`;
  }
  return null;
}

function partShapeError(part: unknown, index: number, isCommandType: (type: string) => boolean): string | null {
  if (typeof part !== 'object' || part === null) return 'not an object';
  const { command, bind } = part as { command?: unknown; bind?: unknown };
  if (typeof command !== 'object' || command === null) return 'no command';
  const type = (command as { type?: unknown }).type;
  if (typeof type !== 'string' || !isCommandType(type)) return `unknown command type '${String(type)}'`;
  if (bind === undefined) return null;
  if (typeof bind !== 'object' || bind === null) return 'bind is not an object';
  for (const [field, source] of Object.entries(bind)) {
    if (field === 'type' || !Object.hasOwn(command, field)) return `bind names '${field}', which the command does not have`;
    const { part: from, index: nth } = (source ?? {}) as { part?: unknown; index?: unknown };
    if (!Number.isInteger(from) || (from as number) < 0 || (from as number) >= index) return `bind '${field}' must name an earlier part`;
    if (nth !== undefined && (!Number.isInteger(nth) || (nth as number) < 0)) return `bind '${field}' has an invalid index`;
  }
  return null;
}

/**
 * The part's command with its bound fields filled from what earlier parts created, or the name of
 * the field whose source created nothing of that rank.
 */
export function boundCommand(part: GesturePart, createdByPart: readonly (readonly string[])[]): Command | { readonly unbound: string } {
  if (!part.bind) return part.command;
  const filled: Record<string, unknown> = { ...part.command };
  for (const [field, source] of Object.entries(part.bind)) {
    const id = createdByPart[source.part]?.[source.index ?? 0];
    if (id === undefined) return { unbound: field };
    filled[field] = id;
  }
  return filled as unknown as Command;
}
