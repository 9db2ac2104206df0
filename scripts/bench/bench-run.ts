import type * as protobuf from 'protobufjs';
import type { TckCase } from '../../tck/cases/tck-case';
import { startLibrary } from '../../tck/launch/start-library';
import type { CaseResult } from '../../tck/run/case-result';
import { runLibraryCases } from '../../tck/run/library-run';
import type { Subject } from '../../tck/run/subject';
import { PATIENCE_MS, STARTUP_MS } from '../../tck/run/tck-run';
import { startMeter } from './phase-meter';
import type { MeterReading } from './phase-meter';

export interface BenchSetup {
  subject: Subject;
  root: protobuf.Root;
  cases: TckCase[];
}

/** What one library run measured; times in milliseconds. */
export interface RunFigures {
  run: number;
  cases: number;
  startupMs: number;

  /** From the first case starting to the last case ending. */
  casePhaseMs: number;
  casesPerSecond: number;

  /** The runner's awaits on the library's answers, summed over the cases (see benchRun). */
  waitingMs: number;

  /** The rest of the case phase: harness time inside runCase, and between cases. */
  harnessMs: number;
  harnessInCasesMs: number;
  betweenCasesMs: number;

  /** casePhaseMs / waitingMs: 1 would mean the harness costs nothing. */
  overhead: number;

  /** The same ratio over the TCK's event-loop idle time, the stricter view (see MeterReading). */
  idleMs: number;
  overheadByIdle: number;

  tckCpuMs: number;
  libraryCpuMs: number | null;
  otherCpuMs: number | null;
}

export interface RunOutcome {
  figures: RunFigures;
  description: string;
  results: CaseResult[];
}

/**
 * One full library run, as the CLI does it (a fresh library process, discovery, every case in
 * turn) but with no console output and no reports, so that the case phase times the runner.
 *
 * How honest "waiting" is: it sums the awaits on `call.next`. With send-ahead, the runner writes
 * every send up to the next turning point and then awaits the first answer; the library works
 * on the later messages while the runner checks the earlier answers, so a later await may find
 * its answer queued and count nothing. Library time that overlaps the harness thus counts as
 * harness time. But the awaits also hold TCK work: grpc-js in the TCK's process flushes the
 * queued writes and parses HTTP/2 then, and the TCK decodes each answer (in the call's 'data'
 * handler) before the await returns. Measured, the second effect is far larger, so waiting
 * overstates the library's share and `overhead` flatters the harness; `overheadByIdle` counts
 * only the time the TCK's event loop had nothing to do.
 */
export async function benchRun(run: number, setup: BenchSetup): Promise<RunOutcome> {
  const { subject, root, cases } = setup;
  const startupStarted = performance.now();
  const library = await startLibrary(subject, root, { startupMs: STARTUP_MS });
  const startupMs = performance.now() - startupStarted;

  try {
    const stopMeter = startMeter(library.process?.pid);
    const results = await runLibraryCases({
      implementation: subject.libraryName,
      root,
      library: library.client,
      process: library.process,
      spec: library.spec,
      cases,
      marks: subject.marks,
      patienceMs: PATIENCE_MS,
      onResult: () => undefined,
    });
    const reading = stopMeter();

    return {
      figures: runFigures(run, startupMs, results, reading),
      description: library.description,
      results,
    };
  } finally {
    await library.stop();
  }
}

function runFigures(
  run: number,
  startupMs: number,
  results: CaseResult[],
  reading: MeterReading,
): RunFigures {
  const casePhaseMs = reading.wallMs;
  const inCasesMs = sum(results.map((result) => result.durationMs));
  const waitingMs = sum(results.map((result) => result.waitingMs));

  return {
    run,
    cases: results.length,
    startupMs,
    casePhaseMs,
    casesPerSecond: results.length / (casePhaseMs / 1000),
    waitingMs,
    harnessMs: casePhaseMs - waitingMs,
    harnessInCasesMs: inCasesMs - waitingMs,
    betweenCasesMs: casePhaseMs - inCasesMs,
    overhead: casePhaseMs / waitingMs,
    idleMs: reading.idleMs,
    overheadByIdle: casePhaseMs / reading.idleMs,
    tckCpuMs: reading.tckCpuMs,
    libraryCpuMs: reading.libraryCpuMs,
    otherCpuMs: reading.otherCpuMs,
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
