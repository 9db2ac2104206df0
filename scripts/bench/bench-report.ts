import { availableParallelism, cpus } from 'node:os';
import type { RunFigures } from './bench-run';

const TARGET_CASE_PHASE_MS = 2000;
const TARGET_OVERHEAD = 1.5;

export interface Medians {
  casePhaseMs: number;
  casesPerSecond: number;
  waitingMs: number;
  harnessMs: number;
  overhead: number;
  startupMs: number;
  tckCpuMs: number;
  libraryCpuMs: number | null;
}

export interface BenchReport {
  createdAt: string;
  subject: string;
  cases: number;
  machine: { cpus: number; cpuModel: string; node: string; platform: string; arch: string };
  runs: RunFigures[];
  median: Medians;
  targets: {
    text: string;
    casePhase: { limitMs: number; medianMs: number; met: boolean };
    overhead: { limit: number; median: number; met: boolean };
    met: boolean;
  };
  notes: string[];
}

const NOTES = [
  'casePhaseMs runs from the first case starting to the last case ending; start-up and ' +
    'discovery are excluded, and so is console output (the bench prints nothing per case).',
  'waitingMs sums the awaits on the library\u2019s answers. It understates the library\u2019s ' +
    'share where send-ahead lets the library work while the harness checks earlier answers, ' +
    'and overstates it by the TCK\u2019s own gRPC client work and answer decoding, which run ' +
    'during those awaits. tckCpuMs and libraryCpuMs (whole process group, 10 ms ticks, Linux ' +
    'only) are the cross-check.',
  'All runs share one TCK process, so run 1 has a cold JIT, as a CLI run would; each run ' +
    'starts a fresh library process.',
];

export function benchReport(subject: string, runs: RunFigures[]): BenchReport {
  const median = medians(runs);
  const caseMet = median.casePhaseMs <= TARGET_CASE_PHASE_MS;
  const overheadMet = median.overhead <= TARGET_OVERHEAD;

  return {
    createdAt: new Date().toISOString(),
    subject,
    cases: runs[0]?.cases ?? 0,
    machine: {
      cpus: availableParallelism(),
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: process.platform,
      arch: process.arch,
    },
    runs,
    median,
    targets: {
      text: '156 cases in at most 2 s (median) with an overhead of at most 1.5x',
      casePhase: { limitMs: TARGET_CASE_PHASE_MS, medianMs: median.casePhaseMs, met: caseMet },
      overhead: { limit: TARGET_OVERHEAD, median: median.overhead, met: overheadMet },
      met: caseMet && overheadMet,
    },
    notes: NOTES,
  };
}

function medians(runs: RunFigures[]): Medians {
  const of = (pick: (run: RunFigures) => number): number => median(runs.map(pick));
  const libraryCpu = runs.map((run) => run.libraryCpuMs);
  const casePhaseMs = of((run) => run.casePhaseMs);

  return {
    casePhaseMs,
    casesPerSecond: (runs[0]?.cases ?? 0) / (casePhaseMs / 1000),
    waitingMs: of((run) => run.waitingMs),
    harnessMs: of((run) => run.harnessMs),
    overhead: of((run) => run.overhead),
    startupMs: of((run) => run.startupMs),
    tckCpuMs: of((run) => run.tckCpuMs),
    libraryCpuMs: libraryCpu.every((ms) => ms !== null) ? median(libraryCpu) : null,
  };
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;

  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}
