import { join, resolve } from 'node:path';
import type { CliOptions } from '../cli/cli-options';
import { loadCases } from '../cases/load-cases';
import { selectCases } from '../cases/select-cases';
import { protoRoot } from '../codec/proto-root';
import { loadConfig } from '../config/load-config';
import { startLibrary } from '../launch/start-library';
import { debugLog } from '../log/debug-log';
import { caseLine, summaryLines } from '../report/console-reporter';
import { failureText } from '../report/failure-text';
import { rerunCommand } from '../report/rerun-command';
import { countResults, exitStatusOf } from '../report/run-summary';
import type { RunSummary } from '../report/run-summary';
import { writeReports } from '../report/write-reports';
import { runLibraryCases } from './library-run';
import { chooseSubject } from './subject';

const log = debugLog('run');

export const STARTUP_MS = 60_000;
export const PATIENCE_MS = 3_000;

export interface RunOutcome {
  summary: RunSummary;
  exitStatus: number;
}

/** The library run: start the subject, replay every selected case, write the reports. */
export async function tckRun(
  options: CliOptions,
  print: (line: string) => void,
): Promise<RunOutcome> {
  const cases = selectCases(loadCases(), options.filter);
  const subject = chooseSubject(options, () => loadConfig(options.config));
  const root = protoRoot();
  const started = performance.now();

  const library = await startLibrary(subject, root, {
    startupMs: STARTUP_MS * options.timeFactor,
  });

  try {
    print(`cloudstate-tck: ${subject.combination} — ${library.description}`);
    const results = await runLibraryCases({
      implementation: subject.libraryName,
      root,
      library: library.client,
      process: library.process,
      spec: library.spec,
      cases,
      marks: subject.marks,
      patienceMs: PATIENCE_MS * options.timeFactor,
      onResult: (result) => print(caseLine(result)),
    });

    const { total, areas } = countResults(results);
    const summary: RunSummary = {
      combination: subject.combination,
      library: subject.libraryName,
      tckVersion: library.tckVersion,
      protocol: '0.2',
      serviceInfo: library.spec.serviceInfo,
      durationMs: Math.round(performance.now() - started),
      ...total,
      areas,
      exitStatus: exitStatusOf(total),
    };
    const rerun = (caseId: string): string => rerunCommand(subject.args, caseId);

    for (const result of results) {
      if (result.verdict === 'failed' || result.verdict === 'error') {
        print(`\n${failureText(result, rerun(result.tckCase.id))}`);
      }
    }
    summaryLines(summary).forEach(print);

    const dir = join(resolve(options.reportDir), subject.combination);
    writeReports({ dir, summary, results, rerun, libraryOutput: library.output() });
    log?.({ implementation: subject.libraryName }, 'Wrote reports to "%s"', dir);

    return { summary, exitStatus: summary.exitStatus };
  } finally {
    await library.stop();
  }
}
