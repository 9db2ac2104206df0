import { countResults, emptyCounts, exitStatusOf } from '../../../tck/report/run-summary';
import type { Counts } from '../../../tck/report/run-summary';
import { fakeCase, fakeResult } from '../support/fake-case';

const counts = (some: Partial<Counts>): Counts => ({ ...emptyCounts(), ...some });

describe('exit status of a run', () => {
  test.each([
    ['every case passed', { passed: 156 }, 0],
    ['passes with skips and expected failures', { passed: 1, skipped: 80, expectedFailures: 3 }, 0],
    ['one failure among passes', { passed: 155, failed: 1 }, 1],
    ['one error among passes', { passed: 155, errors: 1 }, 1],
    ['nothing passed: all skipped', { skipped: 156 }, 1],
    ['nothing passed: only expected failures', { expectedFailures: 2 }, 1],
    ['nothing ran at all', {}, 1],
  ])('%s → %i', (_name, some, status) => {
    expect(exitStatusOf(counts(some))).toBe(status);
  });
});

describe('countResults', () => {
  test('counts each verdict in total and per area', () => {
    const results = [
      fakeResult(fakeCase('action', 'a'), 'passed'),
      fakeResult(fakeCase('action', 'b'), 'expected-failure'),
      fakeResult(fakeCase('crdt', 'c'), 'failed'),
      fakeResult(fakeCase('crdt', 'd'), 'error'),
      fakeResult(fakeCase('crdt', 'e'), 'skipped'),
      fakeResult(fakeCase('crdt', 'f'), 'passed'),
    ];

    const { total, areas } = countResults(results);

    expect(total).toEqual({ passed: 2, failed: 1, skipped: 1, expectedFailures: 1, errors: 1 });
    expect(areas).toEqual({
      action: counts({ passed: 1, expectedFailures: 1 }),
      crdt: counts({ passed: 1, failed: 1, errors: 1, skipped: 1 }),
    });
    expect(exitStatusOf(total)).toBe(1);
  });

  test('areas appear in the order of their first case', () => {
    const results = [
      fakeResult(fakeCase('value-entity', 'a'), 'passed'),
      fakeResult(fakeCase('action', 'b'), 'passed'),
    ];

    expect(Object.keys(countResults(results).areas)).toEqual(['value-entity', 'action']);
  });
});
