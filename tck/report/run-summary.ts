import type { Msg } from '../../model/message';
import type { CaseResult, Verdict } from '../run/case-result';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  expectedFailures: number;
  errors: number;
}

/** The machine-readable verdict of one run: summary.json, and the last line on stdout. */
export interface RunSummary extends Counts {
  combination: string;
  library: string;
  tckVersion: string;
  protocol: string;
  serviceInfo: Msg;
  /** What the proxy of the run told the library; in a library run the TCK plays the proxy. */
  proxyInfo: Msg;
  /** Things to read the verdict with, such as a library on another protocol version. */
  warnings: string[];
  durationMs: number;
  areas: Record<string, Counts>;
  exitStatus: number;

  /** Set when the run never reached its cases. */
  startupError?: { code: string; message: string };
}

export function emptyCounts(): Counts {
  return { passed: 0, failed: 0, skipped: 0, expectedFailures: 0, errors: 0 };
}

/** Which count a verdict adds to. */
export const COUNT_OF: Record<Verdict, keyof Counts> = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
  'expected-failure': 'expectedFailures',
  error: 'errors',
};

export function countResults(results: CaseResult[]): {
  total: Counts;
  areas: Record<string, Counts>;
} {
  const total = emptyCounts();
  const areas: Record<string, Counts> = {};

  for (const result of results) {
    const key = COUNT_OF[result.verdict];
    const area = (areas[result.tckCase.area] ??= emptyCounts());
    area[key] += 1;
    total[key] += 1;
  }

  return { total, areas };
}

/** 0: all passed or skipped with one pass at least; 1: anything failed, or nothing passed. */
export function exitStatusOf(total: Counts): number {
  if (total.failed > 0 || total.errors > 0 || total.passed === 0) {
    return 1;
  }

  return 0;
}
