import type { CliOptions } from '../cli/cli-options';
import { loadConfig } from '../config/load-config';
import { isTckError } from '../errors/tck-error';
import { debugLog } from '../log/debug-log';
import { markUnfinished, writeEarlyReport } from '../report/early-report';
import type { RunSummary } from '../report/run-summary';
import { tckRun } from './tck-run';

const log = debugLog('run');

export interface MatrixEntry {
  combination: string;
  exitStatus: number;

  /** The run's summary; undefined when it could not start. */
  summary?: RunSummary;
  /** Why it could not start. */
  error?: { code: string; message: string };
}

/**
 * Runs every combination of the config one after another, each exactly as a single run with
 * --combination would, so that each leaves the same reports. A combination that cannot start
 * is reported and the matrix goes on: one broken library must not hide the others' results.
 */
export async function matrixRun(
  options: CliOptions,
  print: (line: string) => void,
  warn: (line: string) => void,
): Promise<MatrixEntry[]> {
  const config = loadConfig(options.config);
  const names = Object.keys(config.combinations);
  const libraryOf = (name: string): string => config.combinations[name]?.library ?? name;
  const entries: MatrixEntry[] = [];

  // Every folder says "unfinished" before the first run starts, so that a matrix stopped half
  // way leaves no earlier matrix's reports among its own; an unwritable folder stops it here.
  names.forEach((name) => markUnfinished(options.reportDir, name, libraryOf(name)));

  for (const [index, combination] of names.entries()) {
    print(`\n=== ${combination} (${index + 1} of ${names.length} combinations)`);
    log?.({ implementation: combination }, 'Matrix: starting combination "%s"', combination);

    // --pull is about images: the other combinations of the matrix run as they are.
    const image = config.implementations[libraryOf(combination)]?.image !== undefined;
    const own = { ...options, pull: image ? options.pull : undefined };
    entries.push(await runOne(own, combination, libraryOf(combination), print, warn));
  }

  return entries;
}

async function runOne(
  options: CliOptions,
  combination: string,
  library: string,
  print: (line: string) => void,
  warn: (line: string) => void,
): Promise<MatrixEntry> {
  try {
    const outcome = await tckRun({ ...options, matrix: false, combination }, print);
    print(JSON.stringify(outcome.summary));

    return { combination, exitStatus: outcome.exitStatus, summary: outcome.summary };
  } catch (error) {
    if (!isTckError(error)) {
      throw error;
    }

    warn(`cloudstate-tck: ${combination}: ${error.message} [${error.code}]`);
    // Whatever stopped it, before or at its start, its column must say so, never vanish.
    writeEarlyReport(options.reportDir, combination, library, error);
    const failure = { code: error.code, message: error.message };
    return { combination, exitStatus: error.exitStatus, error: failure };
  }
}

/** The matrix's status: the worst of its runs', so 2 when any could not start. */
export function matrixExitStatus(entries: MatrixEntry[]): number {
  return Math.max(0, ...entries.map((entry) => entry.exitStatus));
}
