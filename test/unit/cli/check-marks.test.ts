import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCases } from '../../../tck/cases/load-cases';
import { checkMarks } from '../../../tck/config/check-marks';
import { TckError } from '../../../tck/errors/tck-error';

const cases = loadCases();
const dir = mkdtempSync(join(tmpdir(), 'tck-marks-'));
writeFileSync(join(dir, 'evidence.md'), '# the messages\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const realCase = 'event-sourced/verify initial snapshot';

function problem(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TckError);
    expect((error as TckError).code).toBe('TCK_CONFIG_INVALID');
    return (error as TckError).message;
  }

  throw new Error('checkMarks accepted marks it should refuse');
}

describe("a combination's marks", () => {
  test('that name real cases, areas and evidence files pass', () => {
    const marks = {
      skips: [
        { area: 'crdt', reason: 'no CRDTs' },
        { case: 'action/verify action entity discovery', reason: 'no actions' },
      ],
      expectedFailures: [{ case: realCase, reason: 'known', evidence: 'evidence.md' }],
    };

    expect(() => checkMarks('mine', marks, cases, dir)).not.toThrow();
  });

  test('that name a case that is not there are refused, each one named', () => {
    const marks = {
      skips: [{ case: 'event-sourced/verify initial snapshots', reason: 'typo' }],
      expectedFailures: [{ case: 'crdt/no such case', reason: 'known', evidence: 'evidence.md' }],
    };

    const message = problem(() => checkMarks('mine', marks, cases, dir));

    expect(message).toContain('Combination "mine" has marks that cannot hold');
    expect(message).toContain('skips[0].case "event-sourced/verify initial snapshots"');
    expect(message).toContain('expectedFailures[0].case "crdt/no such case"');
    expect(message).toContain('Run with --list');
  });

  test('with an unknown area or missing evidence are refused', () => {
    const marks = {
      skips: [{ area: 'eventsourced', reason: 'old name' }],
      expectedFailures: [{ case: realCase, reason: 'known', evidence: 'docs/missing.md' }],
    };

    const message = problem(() => checkMarks('mine', marks, cases, dir));

    expect(message).toContain('skips[0].area "eventsourced" is not one of');
    expect(message).toContain(`evidence "docs/missing.md" is not a file in ${dir}`);
  });

  test('that skip a case twice, or give a folder as evidence, are refused', () => {
    const marks = {
      skips: [
        { area: 'crdt', reason: 'no CRDTs' },
        { case: realCase, reason: 'one' },
        { case: realCase, reason: 'two' },
      ],
      expectedFailures: [
        { case: 'action/verify action entity discovery', reason: 'x', evidence: '.' },
      ],
    };

    const message = problem(() => checkMarks('mine', marks, cases, dir));

    expect(message).toContain('skips[2] marks what skips[1] already does');
    expect(message).toContain(`expectedFailures[0].evidence "." is not a file in ${dir}`);
  });

  test('that skip a case they also expect to fail are refused, by case or by area', () => {
    const failure = { case: realCase, reason: 'known', evidence: 'evidence.md' };
    const byCase = { skips: [{ case: realCase, reason: 'x' }], expectedFailures: [failure] };
    const byArea = {
      skips: [
        { area: 'crdt', reason: 'x' },
        { area: 'event-sourced', reason: 'y' },
      ],
      expectedFailures: [failure],
    };

    expect(problem(() => checkMarks('mine', byCase, cases, dir))).toContain(
      'expectedFailures[0] is also skipped by skips[0]',
    );
    expect(problem(() => checkMarks('mine', byArea, cases, dir))).toContain(
      'expectedFailures[0] is also skipped by skips[1]',
    );
  });
});
