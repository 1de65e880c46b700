import { run } from './run';

/** The `lab` command: `npm run lab -- validate|solve|grade|inspect ...`. */
process.exitCode = run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
