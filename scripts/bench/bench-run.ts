import type * as protobuf from 'protobufjs';
import type { TckCase } from '../../tck/cases/tck-case';
import { startLibrary } from '../../tck/launch/start-library';
import type { CaseResult } from '../../tck/run/case-result';
import { runLibraryCases } from '../../tck/run/library-run';
import type { Subject } from '../../tck/run/subject';
import { PATIENCE_MS, STARTUP_MS } from '../../tck/run/tck-run';
import { groupCpuMs } from './group-cpu';

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

  /** The runner's awaits on the library's answers, summed over the cases. */
  waitingMs: number;

  /** Everything else in the case phase: encoding, checking, recording, between cases. */
  harnessMs: number;

  /** Harness time inside runCase, and outside it (judging, marks, the library's output). */
  harnessInCasesMs: number;
  betweenCasesMs: number;

  /** casePhaseMs / waitingMs: 1 would mean the harness costs nothing. */
  overhead: number;

  /** CPU time of each process over the case phase, a cross-check of the wall-clock split. */
  tckCpuMs: number;
  libraryCpuMs: number | null;
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
 * its answer queued and count nothing. Library time that overlaps the harness is thus counted
 * as harness time, which understates the library's share. It is also overstated: while the
 * runner awaits, grpc-js in the TCK's process flushes the queued writes, parses HTTP/2 and the
 * TCK decodes each answer (in the call's 'data' handler), so the TCK's own client-side work
 * counts as waiting. The CPU time of each process is reported beside it for that reason.
 */
export async function benchRun(run: number, setup: BenchSetup): Promise<RunOutcome> {
  const { subject, root, cases } = setup;
  const startupStarted = performance.now();
  const library = await startLibrary(subject, root, { startupMs: STARTUP_MS });
  const startupMs = performance.now() - startupStarted;

  try {
    const pgid = library.process?.pid;
    const libraryCpuBefore = pgid === undefined ? undefined : groupCpuMs(pgid);
    const tckCpuBefore = process.cpuUsage();
    const phaseStarted = performance.now();

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

    const casePhaseMs = performance.now() - phaseStarted;
    const tckCpu = process.cpuUsage(tckCpuBefore);
    const libraryCpuAfter = pgid === undefined ? undefined : groupCpuMs(pgid);
    const libraryCpuMs =
      libraryCpuBefore === undefined || libraryCpuAfter === undefined
        ? null
        : libraryCpuAfter - libraryCpuBefore;
    const inCasesMs = sum(results.map((result) => result.durationMs));
    const waitingMs = sum(results.map((result) => result.waitingMs));

    const figures: RunFigures = {
      run,
      cases: results.length,
      startupMs,
      casePhaseMs,
      casesPerSecond: results.length / (casePhaseMs / 1000),
      waitingMs,
      harnessMs: casePhaseMs - waitingMs,
      harnessInCasesMs: inCasesMs - waitingMs,
      betweenCasesMs: casePhaseMs - inCasesMs,
      overhead: waitingMs > 0 ? casePhaseMs / waitingMs : Number.POSITIVE_INFINITY,
      tckCpuMs: (tckCpu.user + tckCpu.system) / 1000,
      libraryCpuMs,
    };

    return { figures, description: library.description, results };
  } finally {
    await library.stop();
  }
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
