import builder from 'junit-report-builder';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TckError } from '../errors/tck-error';
import { emptyCounts } from './run-summary';
import { TCK_PROTOCOL } from './versions';
import type { RunSummary } from './run-summary';

export interface StartupFailure {
  dir: string;
  combination: string;
  library: string;
  tckVersion: string;
  error: TckError;
  libraryOutput: string[];

  /** `run` for a run that started but never finished; `start-up` by default. */
  stage?: 'start-up' | 'run';
}

/**
 * A run that could not start still leaves a report, so that CI shows the failure instead of
 * "no test results", or worse, the report of an earlier run.
 */
export function writeStartupReport(failure: StartupFailure): RunSummary {
  const summary: RunSummary = {
    combination: failure.combination,
    library: failure.library,
    tckVersion: failure.tckVersion,
    protocol: TCK_PROTOCOL,
    serviceInfo: {},
    proxyInfo: {},
    warnings: [],
    durationMs: 0,
    ...emptyCounts(),
    areas: {},
    exitStatus: failure.error.exitStatus,
    startupError: { code: failure.error.code, message: failure.error.message },
  };

  const stage = failure.stage ?? 'start-up';
  const report = builder.newBuilder().name(`cloudstate-tck ${failure.combination}`);
  report
    .testSuite()
    .name(stage)
    .testCase()
    .className(`${failure.combination}.${stage}`)
    .name(
      stage === 'run' ? `run library "${failure.library}"` : `start library "${failure.library}"`,
    )
    .error(
      `${failure.error.code}: ${failure.error.message.split('\n')[0] ?? ''}`,
      failure.error.code,
      failure.error.message,
    )
    .standardOutput(failure.libraryOutput.join('\n'));

  rmSync(failure.dir, { recursive: true, force: true });
  mkdirSync(failure.dir, { recursive: true });
  writeFileSync(join(failure.dir, 'junit.xml'), report.build());
  writeFileSync(join(failure.dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(join(failure.dir, 'library.log'), failure.libraryOutput.join('\n'));

  return summary;
}
