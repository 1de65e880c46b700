import type { Actor } from '../tenant/actor';
import { commands, isCommandType, type Command } from '../tenant/commands';
import { dispatch } from '../tenant/dispatch';
import type { TenantError } from '../tenant/errors';
import type { Tenant } from '../tenant/model';
import type { LogEntry } from '../tenant/replay';
import type { AttemptFailure } from './checks/context';
import { closestName } from './issues';
import { createdObjectId, resolveReferences } from './references';
import type { Step } from './schema';
import type { Problem } from './template';

type Path = readonly (string | number)[];

export interface StepsOutcome {
  readonly tenant: Tenant;
  /** What an exported attempt would hold for these steps: ids resolved, rejected commands kept. */
  readonly log: readonly LogEntry[];
  readonly problems: readonly Problem[];
  readonly rejections: readonly { readonly path: Path; readonly error: TenantError }[];
  /** The failure records rejected steps left, for audit checks on failures. */
  readonly failures: readonly AttemptFailure[];
}

export function unknownCommandMessage(type: string): string {
  const family = type.split('.')[0];
  const siblings = Object.keys(commands).filter((known) => known.startsWith(`${family}.`));
  return `unknown command type '${type}'${siblings.length ? `; ${family} commands: ${siblings.join(', ')}` : `; commands: ${Object.keys(commands).join(', ')}`}`;
}

/**
 * Commands take their fields as they are and ignore the rest, so a misspelt optional field would
 * silently change what a step does. Watching which fields a command reads while it is accepted
 * shows the ones it never looked at; a command that lists its own fields is taken at its word.
 */
function watchFields(command: Command): { command: Command; unused(): { name: string; suggestion?: string }[] } {
  const read = new Set<string>();
  let listed = false;
  const proxy = new Proxy(command, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      listed = true;
      return Reflect.ownKeys(target);
    },
  });
  return {
    command: proxy,
    unused() {
      if (listed) return [];
      const given = Object.keys(command);
      const missed = [...read].filter((key) => !given.includes(key));
      return given
        .filter((key) => key !== 'type' && !read.has(key))
        .map((name) => {
          const suggestion = closestName(name, missed);
          return suggestion ? { name, suggestion } : { name };
        });
    },
  };
}

/**
 * Runs scenario steps against the tenant, resolving references step by step. With
 * `rejectionIsProblem` (setup and solution), the first rejected step is an authoring error and
 * stops the run; otherwise (known-wrong attempts) rejections are kept, as a learner's are.
 * A payload the command cannot even read is reported, never thrown.
 */
export function runSteps(tenant: Tenant, steps: readonly Step[], actor: Actor, basePath: Path, rejectionIsProblem: boolean): StepsOutcome {
  const log: LogEntry[] = [];
  const problems: Problem[] = [];
  const rejections: { path: Path; error: TenantError }[] = [];
  const failures: AttemptFailure[] = [];
  let current = tenant;
  const created: (string | undefined)[] = [];
  for (const [index, step] of steps.entries()) {
    const path = [...basePath, index];
    if (!isCommandType(step.type)) {
      problems.push({ path: [...path, 'type'], message: unknownCommandMessage(step.type) });
      break;
    }
    const referenceProblems: Problem[] = [];
    // A step the author expects the tenant to refuse (an audit check on failures needs one) says so; the key is not the command's.
    const { expectRejected, ...payload } = step as Step & { expectRejected?: unknown };
    const command = resolveReferences(current, payload, path, referenceProblems, created) as Command;
    if (referenceProblems.length > 0) {
      problems.push(...referenceProblems);
      break;
    }
    const watch = watchFields(command);
    let result: ReturnType<typeof dispatch>;
    try {
      result = dispatch(current, watch.command, actor);
    } catch (error) {
      problems.push({ path, message: `${step.type} cannot read these fields (${error instanceof Error ? error.message : String(error)}); check the command's field names and types` });
      break;
    }
    log.push({ command, actor });
    created.push(result.ok ? createdObjectId(result.audit) : undefined);
    if (result.ok && expectRejected === true) {
      problems.push({ path, message: `${step.type} was expected to be rejected (expectRejected: true) but the tenant accepted it` });
      break;
    }
    if (result.ok) {
      const unused = watch.unused();
      if (unused.length > 0) {
        problems.push(...unused.map((field) => ({ path: [...path, field.name], message: `${step.type} does not use the field '${field.name}'${field.suggestion ? `; did you mean '${field.suggestion}'?` : ''}` })));
        break;
      }
      current = result.tenant;
      continue;
    }
    if (typeof result.error?.code !== 'string' || typeof result.error.message !== 'string') {
      // A command given fields of the wrong type may fail without a catalogued error.
      problems.push({ path, message: `${step.type} cannot read these fields; check the command's field names and types` });
      break;
    }
    const errorPath = result.error.target !== undefined && Object.hasOwn(step, result.error.target) ? [...path, result.error.target] : path;
    if (rejectionIsProblem && expectRejected !== true) {
      problems.push({ path: errorPath, message: `${step.type} was rejected: ${result.error.code}: ${result.error.message}` });
      break;
    }
    rejections.push({ path: errorPath, error: result.error });
    if (result.audit) failures.push({ record: result.audit, command });
  }
  return { tenant: current, log, problems, rejections, failures };
}
