import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { collect, runCli, scratchDir, startCli } from '../support/run-cli';
import type { CliRun } from '../support/run-cli';
import { stderrLine } from './support/await-line';
import {
  REFERENCE_IMAGE,
  containersOfRun,
  removeContainersOfRun,
  requireImage,
  testRunId,
} from './support/docker-state';
import { seededRandom } from './support/seeded-random';

const RUN_MS = 90_000;
const STATUS = { SIGINT: 130, SIGTERM: 143 } as const;
const SEED = Number(process.env.CLOUDSTATE_TCK_LEAK_SEED ?? 20261203);

/** A name no registry has, so that `--pull always` fails; the pause holds the run first. */
const ABSENT_IMAGE = 'cloudstate-tck-test/absent-image:0.0.0';

const scratch = scratchDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(() => requireImage(REFERENCE_IMAGE));

interface Interrupted {
  run: CliRun;
  whilePaused: string[];
  left: string[];
}

/**
 * Starts a run held at `point` by the CLOUDSTATE_TCK_PAUSE_AT test hook, notes its containers
 * there, signals it, and lists what it left behind.
 */
async function interruptAt(
  point: string,
  signal: NodeJS.Signals,
  args: string[],
): Promise<Interrupted> {
  const runId = testRunId(`${point}-${signal}`);
  const cli = startCli([...args, '--report-dir', join(scratch, runId)], {
    CLOUDSTATE_TCK_RUN_ID: runId,
    CLOUDSTATE_TCK_PAUSE_AT: point,
  });
  const ended = collect(cli, RUN_MS);

  try {
    await stderrLine(cli, `paused at "${point}"`);
    const whilePaused = await containersOfRun(runId);
    cli.kill(signal);

    return { run: await ended, whilePaused, left: await containersOfRun(runId) };
  } finally {
    cli.kill('SIGKILL');
    await removeContainersOfRun(runId);
  }
}

describe.each(['SIGINT', 'SIGTERM'] as const)('%s', (signal) => {
  test(
    'while pulling: the run ends before any container exists',
    async () => {
      const args = ['--library', ABSENT_IMAGE, '--pull', 'always'];

      const { run, whilePaused, left } = await interruptAt('pull', signal, args);

      expect(run.status).toBe(STATUS[signal]);
      expect(whilePaused).toEqual([]);
      expect(left).toEqual([]);
    },
    RUN_MS,
  );

  test.each(['container-start', 'cases', 'reports'])(
    'at "%s": the container that was there is removed',
    async (point) => {
      const { run, whilePaused, left } = await interruptAt(point, signal, [
        '--library',
        REFERENCE_IMAGE,
      ]);

      expect(run.status).toBe(STATUS[signal]);
      expect(run.stderr).toContain(
        `cloudstate-tck: ${signal}: stopping the library, then exiting.`,
      );
      expect(whilePaused).toHaveLength(1);
      expect(left).toEqual([]);
    },
    RUN_MS,
  );
});

test(
  `at a seeded random point (seed ${SEED}) nothing is left`,
  async () => {
    const random = seededRandom(SEED);
    const delayMs = Math.floor(random() * 6000);
    const signal = random() < 0.5 ? 'SIGINT' : 'SIGTERM';
    const runId = testRunId('random');
    // Held at the reports, the run cannot end on its own before the signal comes.
    const cli = startCli(['--library', REFERENCE_IMAGE, '--report-dir', join(scratch, runId)], {
      CLOUDSTATE_TCK_RUN_ID: runId,
      CLOUDSTATE_TCK_PAUSE_AT: 'reports',
    });
    const ended = collect(cli, RUN_MS);

    try {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      cli.kill(signal);
      const run = await ended;

      expect({ delayMs, signal, status: run.status }).toEqual({
        delayMs,
        signal,
        status: STATUS[signal],
      });
      expect(await containersOfRun(runId)).toEqual([]);
    } finally {
      cli.kill('SIGKILL');
      await removeContainersOfRun(runId);
    }
  },
  RUN_MS,
);

test(
  'a killed run leaves its container, and --cleanup <run-id> removes it',
  async () => {
    const runId = testRunId('killed');
    const cli = startCli(['--library', REFERENCE_IMAGE, '--report-dir', join(scratch, runId)], {
      CLOUDSTATE_TCK_RUN_ID: runId,
      CLOUDSTATE_TCK_PAUSE_AT: 'cases',
    });
    const ended = collect(cli, RUN_MS);

    try {
      await stderrLine(cli, 'paused at "cases"');
      cli.kill('SIGKILL');
      await ended;
      expect(await containersOfRun(runId)).toHaveLength(1);

      const cleanup = await runCli(['--cleanup', runId], RUN_MS);

      expect(cleanup.status).toBe(0);
      expect(cleanup.stdout).toBe(
        `cloudstate-tck: removed 1 container(s) labelled cloudstate-tck.run=${runId}.\n`,
      );
      expect(await containersOfRun(runId)).toEqual([]);
    } finally {
      await removeContainersOfRun(runId);
    }
  },
  RUN_MS,
);
