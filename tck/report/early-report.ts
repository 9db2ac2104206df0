import { join, resolve } from 'node:path';
import { TckError } from '../errors/tck-error';
import { tckVersion } from '../launch/proxy-info';
import { makeReportDir, writingReports } from './report-dir';
import type { RunSummary } from './run-summary';
import { writeStartupReport } from './startup-report';

/** Where a combination's reports go. */
export function combinationDir(reportDir: string, combination: string): string {
  return join(resolve(reportDir), combination);
}

/** The report of a run that never reached its cases, or has not finished them yet. */
export function writeEarlyReport(
  reportDir: string,
  combination: string,
  library: string,
  error: TckError,
  stage: 'start-up' | 'run' = 'start-up',
): RunSummary {
  const dir = combinationDir(reportDir, combination);

  return writingReports(dir, () =>
    writeStartupReport({
      dir,
      combination,
      library,
      tckVersion: tckVersion(),
      error,
      libraryOutput: error.output ?? [],
      stage,
    }),
  );
}

/**
 * Makes the combination's folder and says in it that the run did not finish, until the run
 * writes its own reports: a run that is stopped or killed then never leaves an earlier run's
 * reports standing in for its own.
 */
export function markUnfinished(reportDir: string, combination: string, library: string): void {
  makeReportDir(combinationDir(reportDir, combination));

  const error = new TckError(
    'TCK_RUN_UNFINISHED',
    `The run of "${combination}" did not finish: it was stopped (SIGINT, SIGTERM or SIGKILL) ` +
      'or crashed before it wrote its reports. Run it again.',
  );
  writeEarlyReport(reportDir, combination, library, error, 'run');
}
