import type { CliOptions } from '../cli/cli-options';
import { loadCases } from '../cases/load-cases';
import { selectCases } from '../cases/select-cases';
import { protoRoot } from '../codec/proto-root';
import { checkMarks } from '../config/check-marks';
import { loadConfig } from '../config/load-config';
import { startLibrary } from '../launch/start-library';
import type { StartedLibrary } from '../launch/start-library';
import { debugLog } from '../log/debug-log';
import { markPhase } from '../log/phase-times';
import { caseLine, summaryLines } from '../report/console-reporter';
import { failureText } from '../report/failure-text';
import { rerunCommand } from '../report/rerun-command';
import { countResults, exitStatusOf } from '../report/run-summary';
import type { RunSummary } from '../report/run-summary';
import { writeReports } from '../report/write-reports';
import { writingReports } from '../report/report-dir';
import { combinationDir, markUnfinished, writeEarlyReport } from '../report/early-report';
import { runIsStopping } from '../launch/running-libraries';
import { TckError } from '../errors/tck-error';
import { tckProxyInfo } from '../launch/proxy-info';
import {
  libraryVersions,
  protocolWarning,
  proxyVersions,
  TCK_PROTOCOL,
  versionLines,
} from '../report/versions';
import { runLibraryCases } from './library-run';
import { pauseAt } from './pause-at';
import { chooseSubject } from './subject';
import type { Subject } from './subject';

const log = debugLog('run');

const warn = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const isText = (value: string | undefined): value is string => value !== undefined;

export const STARTUP_MS = 60_000;
export const PATIENCE_MS = 3_000;

/**
 * A library at a given address is already running, so a refused connection will not heal: it
 * gets a shorter wait than one the TCK starts itself.
 */
const RUNNING_LIBRARY_STARTUP_MS = 10_000;

function startupMs(subject: Subject): number {
  return subject.library.address === undefined ? STARTUP_MS : RUNNING_LIBRARY_STARTUP_MS;
}

/** The flags besides the subject that shape a run, so that a rerun behaves the same. */
function runArgs(options: CliOptions): string[] {
  const timing = options.timeFactor === 1 ? [] : ['--time-factor', String(options.timeFactor)];
  const reports = options.reportDir === 'reports' ? [] : ['--report-dir', options.reportDir];

  return [...timing, ...reports];
}

export interface RunOutcome {
  summary: RunSummary;
  exitStatus: number;
}

/** The library run: start the subject, replay every selected case, write the reports. */
export async function tckRun(
  options: CliOptions,
  print: (line: string) => void,
): Promise<RunOutcome> {
  const allCases = loadCases();
  const cases = selectCases(allCases, options.filter);
  const subject = chooseSubject(options, () => loadConfig(options.config));
  const root = protoRoot();
  const started = performance.now();

  // Marks that name nothing are reported as the run's start-up error, so that the combination
  // still gets its report folder, as a matrix's compliance report needs.
  const start = async (): Promise<StartedLibrary> => {
    checkMarks(subject.combination, subject.marks, allCases, subject.cwd);
    return startLibrary(subject, root, { startupMs: startupMs(subject) * options.timeFactor });
  };

  const dir = combinationDir(options.reportDir, subject.combination);
  markUnfinished(options.reportDir, subject.combination, subject.libraryName);

  const library = await start().catch((error: unknown) => {
    if (error instanceof TckError) {
      const { combination, libraryName } = subject;
      print(JSON.stringify(writeEarlyReport(options.reportDir, combination, libraryName, error)));
    }
    throw error;
  });

  try {
    print(`cloudstate-tck: ${subject.combination} — ${library.description}`);
    const versions = libraryVersions(library.spec.serviceInfo);
    const proxyInfo = tckProxyInfo();
    versionLines(versions, proxyVersions(proxyInfo)).forEach(print);
    const warnings = [protocolWarning(subject.libraryName, versions)].filter(isText);
    warnings.forEach((warning) => warn(`cloudstate-tck: warning: ${warning}`));
    markPhase('first-case');
    const results = await runLibraryCases({
      implementation: subject.libraryName,
      root,
      library: library.client,
      process: library.process,
      spec: library.spec,
      cases,
      marks: subject.marks,
      patienceMs: PATIENCE_MS * options.timeFactor,
      onResult: (result) => {
        if (!runIsStopping()) {
          print(caseLine(result));
        }
      },
    });

    const { total, areas } = countResults(results);
    const summary: RunSummary = {
      combination: subject.combination,
      library: subject.libraryName,
      tckVersion: library.tckVersion,
      protocol: TCK_PROTOCOL,
      serviceInfo: library.spec.serviceInfo,
      proxyInfo,
      warnings,
      durationMs: Math.round(performance.now() - started),
      ...total,
      areas,
      exitStatus: exitStatusOf(total),
    };
    const rerunArgs = [...subject.args, ...runArgs(options)];
    const rerun = (caseId: string): string => rerunCommand(rerunArgs, caseId);

    for (const result of results) {
      if (result.verdict === 'failed' || result.verdict === 'error') {
        print(`\n${failureText(result, rerun(result.tckCase.id))}`);
      }
    }
    summaryLines(summary).forEach(print);

    await pauseAt('reports');
    if (runIsStopping()) {
      return { summary, exitStatus: summary.exitStatus };
    }
    writingReports(dir, () =>
      writeReports({ dir, summary, results, rerun, libraryOutput: library.output() }),
    );
    log?.({ implementation: subject.libraryName }, 'Wrote reports to "%s"', dir);

    return { summary, exitStatus: summary.exitStatus };
  } finally {
    await library.stop();
  }
}
