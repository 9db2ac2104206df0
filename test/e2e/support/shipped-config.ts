import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../tck/package-root';

export interface Mark {
  case?: string;
  area?: string;
  reason: string;
  evidence?: string;
}

export interface Combination {
  skips?: Mark[];
  expectedFailures?: Mark[];
}

/** A combination of the TCK's own tck.config.json, as its tests check it against a run. */
export function shippedCombination(name: string): Combination {
  const text = readFileSync(join(packageRoot(), 'tck.config.json'), 'utf8');
  const config = JSON.parse(text) as { combinations: Record<string, Combination | undefined> };

  return config.combinations[name] ?? {};
}

/**
 * The run reported exactly the combination's expected failures, each with the note the mark
 * gives and evidence that is there.
 */
export function expectMarkedFailures(
  combination: Combination,
  cases: { id: string; verdict: string; note?: string }[],
): void {
  const marks = combination.expectedFailures ?? [];
  const xfails = cases.filter((tckCase) => tckCase.verdict === 'expected-failure');

  expect(marks.length).toBeGreaterThan(0);
  expect(xfails.map((tckCase) => tckCase.id).sort()).toEqual(marks.map((mark) => mark.case).sort());
  for (const mark of marks) {
    const xfail = xfails.find((tckCase) => tckCase.id === mark.case);
    expect(xfail?.note).toBe(`expected failure: ${mark.reason}; see ${mark.evidence}`);
    expect(existsSync(join(packageRoot(), mark.evidence ?? 'missing'))).toBe(true);
  }
}
