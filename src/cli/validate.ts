import { formatProblem, loadScenario, prove, type LoadedScenario } from '../scenario';
import { EXIT, readText, scenarioFiles, type ExitCode, type Output } from './io';

function loadAll(paths: readonly string[], output: Output, each: (loaded: LoadedScenario) => boolean): ExitCode {
  const files = scenarioFiles(paths);
  if (files.length === 0) {
    output.err('No scenario files (.yaml, .yml, .json) found there.');
    return EXIT.failed;
  }
  let failed = 0;
  for (const file of files) {
    const result = loadScenario(readText(file), file, { location: true });
    if (!result.ok) {
      failed += 1;
      output.err(`✗ ${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
      for (const problem of result.problems) output.err(`  ${formatProblem(problem)}`);
      continue;
    }
    if (!each(result.loaded)) failed += 1;
  }
  output.out(`${files.length} file${files.length === 1 ? '' : 's'}: ${files.length - failed} passed, ${failed} failed.`);
  return failed === 0 ? EXIT.ok : EXIT.failed;
}

/** `lab validate`: every file loads, its placeholders, setup and solution run, and its checks refer to real things. */
export function validate(paths: readonly string[], output: Output): ExitCode {
  return loadAll(paths, output, (loaded) => {
    const { scenario } = loaded;
    output.out(`✓ ${loaded.file}: ${scenario.id}, ${scenario.checks.length} checks, ${loaded.variants} variant${loaded.variants === 1 ? '' : 's'}`);
    return true;
  });
}

/** `lab solve`: as validate, then the solution must score 100%, the start less, and wrong attempts as declared. */
export function solve(paths: readonly string[], output: Output): ExitCode {
  return loadAll(paths, output, (loaded) => {
    const proof = prove(loaded);
    if (!proof.ok) {
      output.err(`✗ ${loaded.file}: ${proof.problems.length} problem${proof.problems.length === 1 ? '' : 's'}`);
      for (const problem of proof.problems) output.err(`  ${formatProblem(problem)}`);
      return false;
    }
    const start = proof.startPercent.min === proof.startPercent.max ? `${proof.startPercent.min}%` : `${proof.startPercent.min}–${proof.startPercent.max}%`;
    output.out(
      `✓ ${loaded.file}: solution 100%${proof.alternativeSolutions ? ` (and ${proof.alternativeSolutions} other path${proof.alternativeSolutions === 1 ? '' : 's'})` : ''}, untouched start ${start}, ${proof.wrongAttempts} wrong attempt${proof.wrongAttempts === 1 ? '' : 's'} as declared, over ${proof.variants} variant${proof.variants === 1 ? '' : 's'}`,
    );
    return true;
  });
}
