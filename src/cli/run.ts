import { gradeAttempts } from './grade';
import { EXIT, UsageError, type ExitCode, type Output } from './io';
import { inspect } from './inspect';
import { solve, validate } from './validate';

const USAGE = `Tenant Lab scenarios, for instructors.

Usage: npm run lab -- <command> [arguments]

Commands:
  validate <files|dirs>...            Check scenario files: schema, placeholders, setup, solution and
                                      every user, group, license and role the checks name.
  solve <files|dirs>...               Validate, then prove each scenario: its solution scores 100%,
                                      its untouched start does not, its wrong attempts score as declared.
  grade <scenario> <attempt.json>...  Replay attempts (exported, or written by hand) and print each grade.
        --csv                         Print one gradebook row per attempt instead.
  inspect <scenario> [attempt.json]   Print the drawn variables and every object's id at the start and,
        --seed=N                      with an attempt, what each of its commands created. The seed is
                                      the attempt's, else N, else 0.
  help                                Show this text.

Exit codes: 0 everything passed; 1 a file is invalid, unproven or could not be graded; 2 usage error.`;

/** Runs the CLI on its arguments; returns the exit code rather than exiting, so it can be tested. */
export function run(args: readonly string[], output: Output): ExitCode {
  const [command, ...rest] = args;
  const options = rest.filter((arg) => arg.startsWith('--'));
  const operands = rest.filter((arg) => !arg.startsWith('--'));
  const usage = (message: string): ExitCode => {
    output.err(`${message}\n\n${USAGE}`);
    return EXIT.usage;
  };
  const allowOptions = (allowed: readonly string[]) => options.find((option) => !allowed.includes(option));
  try {
    switch (command) {
      case 'validate':
      case 'solve': {
        const unknown = allowOptions([]);
        if (unknown) return usage(`Unknown option ${unknown} for ${command}.`);
        if (operands.length === 0) return usage(`${command} needs at least one scenario file or directory.`);
        return command === 'validate' ? validate(operands, output) : solve(operands, output);
      }
      case 'grade': {
        const unknown = allowOptions(['--csv']);
        if (unknown) return usage(`Unknown option ${unknown} for grade.`);
        if (operands.length < 2) return usage('grade needs a scenario file and at least one attempt file.');
        return gradeAttempts(operands[0]!, operands.slice(1), options.includes('--csv'), output);
      }
      case 'inspect': {
        const unknown = options.find((option) => !option.startsWith('--seed='));
        if (unknown) return usage(`Unknown option ${unknown} for inspect.`);
        if (operands.length < 1 || operands.length > 2) return usage('inspect needs a scenario file and at most one attempt file.');
        return inspect(operands[0]!, operands[1], options, output);
      }
      case 'help':
      case '--help':
      case '-h':
        output.out(USAGE);
        return EXIT.ok;
      case undefined:
        return usage('Name a command.');
      default:
        return usage(`Unknown command '${command}'.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(error.message);
      return EXIT.usage;
    }
    throw error;
  }
}
