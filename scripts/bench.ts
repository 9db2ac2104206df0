import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadCases } from '../tck/cases/load-cases';
import { protoRoot } from '../tck/codec/proto-root';
import { loadConfig } from '../tck/config/load-config';
import { isTckError } from '../tck/errors/tck-error';
import { debugLog } from '../tck/log/debug-log';
import { packageRoot } from '../tck/package-root';
import { failureText } from '../tck/report/failure-text';
import { rerunCommand } from '../tck/report/rerun-command';
import { countResults, exitStatusOf } from '../tck/report/run-summary';
import { chooseSubject } from '../tck/run/subject';
import { parseBenchOptions } from './bench/bench-options';
import { benchLines } from './bench/bench-print';
import { benchReport } from './bench/bench-report';
import { benchRun } from './bench/bench-run';
import { keptBenchSections } from './bench/bench-file';
import type { RunFigures } from './bench/bench-run';

const log = debugLog('bench');

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * `npm run bench`: times the library run against the reference user function. A missed target
 * is a figure, not a failure; the exit status is 1 only when a case does not pass, 2 when the
 * library cannot start.
 */
async function main(argv: string[]): Promise<number> {
  const options = parseBenchOptions(argv);

  // The shipped config, so that the subject is the reference user function wherever we run.
  const subject = chooseSubject(
    { combination: 'reference', reportDir: 'reports', list: false, timeFactor: 1 },
    () => loadConfig(join(packageRoot(), 'tck.config.json')),
  );
  const setup = { subject, root: protoRoot(), cases: loadCases() };
  const runs: RunFigures[] = [];
  let description = subject.libraryName;

  print(`cloudstate-tck bench: timing ${options.runs} library run(s)...`);
  for (let run = 1; run <= options.runs; run += 1) {
    const outcome = await benchRun(run, setup);

    if (exitStatusOf(countResults(outcome.results).total) !== 0) {
      const broken = outcome.results.filter((result) => result.verdict !== 'passed');
      broken.forEach((result) =>
        print(`\n${failureText(result, rerunCommand(subject.args, result.tckCase.id))}`),
      );
      print(`\nbench: run ${run} broke (${broken.length} case(s) did not pass); no figures.`);
      return 1;
    }

    runs.push(outcome.figures);
    description = outcome.description;
    log?.({ implementation: subject.libraryName }, 'Run %d: %j', run, outcome.figures);
  }

  const report = benchReport(description, runs);
  const out = resolve(options.out);
  mkdirSync(dirname(out), { recursive: true });
  const kept = keptBenchSections(out, ['dockerStartup', 'intercept']);
  writeFileSync(out, `${JSON.stringify({ ...report, ...kept }, null, 2)}\n`);

  benchLines(report).forEach(print);
  print(`wrote ${relative(process.cwd(), out)}`);

  return 0;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const text = isTckError(error) ? `${error.message} [${error.code}]` : String(error);
    process.stderr.write(`bench: ${text}\n`);
    process.exitCode = isTckError(error) ? error.exitStatus : 2;
  },
);
