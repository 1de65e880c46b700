import type { Tenant } from '../tenant';
import type { LoggedAction } from './actions';

/** A command this tab sent, with the tenant before and after it: undo restores `before` without a replay. */
export interface RecentAction extends LoggedAction {
  readonly before: Tenant;
  readonly after: Tenant;
}

/** How many of this tab's own commands are kept for undo without a replay. */
const RECENT_KEPT = 200;

/**
 * What this tab knows of the log's commands and their outcomes: the whole list once it has been
 * replayed (for "what changed"), and the last commands it sent itself with the states around them
 * (for undo). Both are dropped when the log moves in a way this tab did not follow command by command.
 */
export class UndoMemory {
  /** Every logged command with its outcome, once replayed; null until then. */
  private all: LoggedAction[] | null = null;
  private recent: RecentAction[] = [];

  get known(): readonly LoggedAction[] | null {
    return this.all;
  }

  remember(action: RecentAction): void {
    if (this.all?.length === action.seq) this.all.push(action);
    else this.all = null;
    this.recent.push(action);
    if (this.recent.length > RECENT_KEPT) this.recent.shift();
  }

  /** Keeps the replayed list, if it covers the whole log of `length` commands. */
  learn(actions: LoggedAction[], length: number): void {
    if (actions.length === length) this.all = actions;
  }

  /** The state after the command at `seq`, if this tab sent it and still remembers it. */
  stateAfter(seq: number): Tenant | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) if (this.recent[i]!.seq === seq) return this.recent[i]!.after;
    return undefined;
  }

  /**
   * The last commands of a log of `length` from its last accepted one on, when this tab's memory
   * reaches back that far; null when it does not (the log must then be replayed).
   */
  undoable(length: number): readonly LoggedAction[] | null {
    if (this.all) return this.all;
    let expected = length - 1;
    for (let i = this.recent.length - 1; i >= 0 && this.recent[i]!.seq === expected; i--, expected--) {
      if (this.recent[i]!.accepted) return this.recent.slice(i);
    }
    return null;
  }

  /** The state before the last `count` commands of a log of `length`, when this tab sent them all. */
  stateBefore(length: number, count: number): Tenant | undefined {
    const first = this.recent.find((action) => action.seq === length - count);
    return first && this.recent.at(-1)?.seq === length - 1 ? first.before : undefined;
  }

  /** The log was cut back to `length` commands. */
  truncate(length: number): void {
    this.all = this.all?.slice(0, length) ?? null;
    this.recent = this.recent.filter((action) => action.seq < length);
  }

  forget(): void {
    this.all = null;
    this.recent = [];
  }
}
