import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TckError } from '../../errors/tck-error';
import { problemOf, reportUnreadable, rerunAdvice } from './report-error';

export const SUMMARY_FILE = 'summary.json';
export const JUNIT_FILE = 'junit.xml';

/** The two files one combination's run left in the report directory, as text. */
export interface CombinationFiles {
  /** The folder's name, which is the combination's column in the report. */
  name: string;
  dir: string;
  summaryPath: string;
  junitPath: string;
  summaryText: string;
  junitText: string;

  /** What to tell a user whose file of this combination cannot be used. */
  advice: string;
}

/**
 * Every `<reportDir>/<combination>/` that holds a summary.json or a junit.xml, by folder name.
 * Other folders are left alone, so that the directory can hold other things too; a folder with
 * only one of the two files is an error, since its column would be half a story.
 */
export function readReportDir(reportDir: string, only?: string[]): CombinationFiles[] {
  const combinations = subfolders(reportDir)
    .filter((name) => only === undefined || only.includes(name))
    .filter(
      (name) => hasFile(reportDir, name, SUMMARY_FILE) || hasFile(reportDir, name, JUNIT_FILE),
    )
    .map((name) => readCombination(reportDir, name));

  if (combinations.length === 0) {
    throw new TckError(
      'TCK_REPORT_UNREADABLE',
      `The report directory ${reportDir} holds no combination's report (no ` +
        `<combination>/${SUMMARY_FILE} with its ${JUNIT_FILE}). Run npx cloudstate-tck ` +
        `--combination NAME --report-dir ${reportDir} first, or pass the folder that holds them.`,
    );
  }

  return combinations;
}

function subfolders(reportDir: string): string[] {
  try {
    return readdirSync(reportDir)
      .filter((name) => statSync(join(reportDir, name)).isDirectory())
      .sort();
  } catch (error) {
    throw new TckError(
      'TCK_REPORT_UNREADABLE',
      `Cannot read the report directory ${reportDir}: ${problemOf(error)}. Pass the folder ` +
        `that holds <combination>/${SUMMARY_FILE} and ${JUNIT_FILE}, as written by ` +
        `npx cloudstate-tck --report-dir DIR.`,
      { cause: error },
    );
  }
}

function hasFile(reportDir: string, name: string, file: string): boolean {
  return existsSync(join(reportDir, name, file));
}

function readCombination(reportDir: string, name: string): CombinationFiles {
  const dir = join(reportDir, name);
  const advice = rerunAdvice(reportDir, name, dir);
  const summaryPath = join(dir, SUMMARY_FILE);
  const junitPath = join(dir, JUNIT_FILE);

  return {
    name,
    dir,
    summaryPath,
    junitPath,
    summaryText: readText(summaryPath, advice),
    junitText: readText(junitPath, advice),
    advice,
  };
}

function readText(file: string, advice: string): string {
  if (!existsSync(file)) {
    throw reportUnreadable(file, 'it is missing, though its folder holds the other file', advice);
  }

  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw reportUnreadable(file, problemOf(error), advice);
  }
}
