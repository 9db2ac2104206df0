import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, scratchDir } from './support/run-cli';

const RUN_MS = 60_000;

const scratch = scratchDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const reference = 'node ${TCK_HOME}/dist/fixtures/user-functions/reference/main.js';
const snapshots = 'event-sourced/verify multiple emitted events and snapshots';
const rehydration = 'event-sourced/verify rehydration after passivation';

interface SummaryCase {
  id: string;
  verdict: string;
  reason?: string;
}

test(
  "an expected failure holds only while the case fails the way the mark's text says",
  async () => {
    writeFileSync(join(scratch, 'evidence.md'), '# the messages\n');
    const mark = (id: string, failure: string): object => ({
      case: id,
      reason: 'no snapshots',
      evidence: 'evidence.md',
      failure,
    });
    const config = join(scratch, 'tck.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        implementations: {
          faulty: { command: reference, env: { TCK_REFERENCE_FAULT: 'no-snapshot' } },
        },
        combinations: {
          marked: {
            library: 'faulty',
            expectedFailures: [
              mark(snapshots, 'at reply.snapshot'),
              mark(rehydration, 'at reply.side_effects'),
            ],
          },
        },
      }),
    );
    const reports = join(scratch, 'reports');

    const run = await runCli([
      ...['--config', config, '--combination', 'marked', '--report-dir', reports],
      ...['--filter', `/^(${snapshots}|${rehydration})$/`],
    ]);
    const summary = JSON.parse(readFileSync(join(reports, 'marked/summary.json'), 'utf8')) as {
      cases: SummaryCase[];
    };

    expect(run.status).toBe(1);
    expect(summary.cases).toEqual([
      expect.objectContaining({ id: snapshots, verdict: 'expected-failure' }),
      expect.objectContaining({
        id: rehydration,
        verdict: 'failed',
        reason:
          'it failed otherwise than its expected failure says ("at reply.side_effects"): ' +
          'the message differs from the expected one at reply.snapshot',
      }),
    ]);
  },
  RUN_MS,
);
