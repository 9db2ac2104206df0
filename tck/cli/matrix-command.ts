import { rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { CliOptions } from './cli-options';
import { loadConfig } from '../config/load-config';
import { COMPLIANCE_HTML, COMPLIANCE_MARKDOWN, writeCompliance } from '../report/compliance';
import { countsLine } from '../report/console-reporter';
import { writingReports } from '../report/report-dir';
import { matrixExitStatus, matrixRun } from '../run/matrix-run';
import type { MatrixEntry } from '../run/matrix-run';

/**
 * `--matrix`: every combination of the config, then the compliance report across them, built
 * from the report files on disk as a report merged from several machines would be.
 */
export async function matrixCommand(
  options: CliOptions,
  print: (line: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  const config = loadConfig(options.config);
  const reportDir = resolve(options.reportDir);
  // An earlier matrix's report must not outlive a matrix that is stopped before writing its own.
  for (const file of [COMPLIANCE_MARKDOWN, COMPLIANCE_HTML]) {
    writingReports(reportDir, () => rmSync(join(reportDir, file), { force: true }));
  }

  const entries = await matrixRun(options, print, warn);

  const files = writeCompliance(reportDir, {
    evidenceRoot: config.baseDir,
    combinations: entries.map((entry) => entry.combination),
  });

  print('');
  print(`Matrix of ${entries.length} combinations:`);
  const width = Math.max(14, ...entries.map((entry) => entry.combination.length));
  entries.map((entry) => entryLine(entry, width)).forEach(print);
  print(`Compliance report: ${shown(files.markdownFile)}, ${shown(files.htmlFile)}`);
  const exitStatus = matrixExitStatus(entries);
  print(JSON.stringify({ matrix: entries.map(entryJson), exitStatus }));

  return exitStatus;
}

function entryLine(entry: MatrixEntry, width: number): string {
  const status = entry.exitStatus === 0 ? '' : ` (exit ${entry.exitStatus})`;
  if (entry.summary === undefined) {
    const code = entry.error?.code ?? 'unknown';
    return `  ${entry.combination.padEnd(width)} could not start: ${code}${status}`;
  }

  return `${countsLine(entry.combination, entry.summary, width)}${status}`;
}

/** A path under the working directory as a relative one, any other as it is. */
function shown(file: string): string {
  const path = relative(process.cwd(), file);

  return path.startsWith('..') ? file : path;
}

function entryJson(entry: MatrixEntry): object {
  const { combination, exitStatus, summary, error } = entry;
  if (summary === undefined) {
    return { combination, exitStatus, error };
  }

  const { passed, failed, skipped, expectedFailures, errors } = summary;
  return { combination, exitStatus, passed, failed, skipped, expectedFailures, errors };
}
