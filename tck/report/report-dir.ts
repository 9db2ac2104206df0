import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { TckError } from '../errors/tck-error';

/**
 * Makes a run's report folder before the run, so that a folder that cannot be written fails
 * at once with a clear error rather than after every case has run. Each missing folder is made
 * on its own: a recursive mkdir under a file system such as /proc never returns.
 */
export function makeReportDir(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  while (!existsSync(at) && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
  }

  if (!statSync(at).isDirectory()) {
    throw reportDirError(dir, `${at} is a file, not a folder`);
  }

  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      throw reportDirError(dir, `${folder} cannot be made (${(error as Error).message})`);
    }
  }
}

/** A report that cannot be written is the run's failure, named, never an internal error. */
export function reportDirError(dir: string, problem: string): TckError {
  return new TckError(
    'TCK_REPORT_UNWRITABLE',
    `The reports cannot be written to ${dir}: ${problem}. Pass a folder you can write to with ` +
      '--report-dir.',
  );
}

/** Runs a report write, turning a file system error into TCK_REPORT_UNWRITABLE. */
export function writingReports<T>(dir: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof TckError) {
      throw error;
    }
    throw reportDirError(dir, (error as Error).message);
  }
}
