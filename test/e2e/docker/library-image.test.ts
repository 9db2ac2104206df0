import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { lastJsonLine, runCli, scratchDir } from '../support/run-cli';
import { configWith } from './support/config-file';
import {
  GO_IMAGE,
  REFERENCE_IMAGE,
  containersOfRun,
  removeContainersOfRun,
  requireImage,
  testRunId,
} from './support/docker-state';

// A container start and 156 cases take seconds; the limit only stops a hang.
const RUN_MS = 120_000;

const scratch = scratchDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each([
  ['reference', REFERENCE_IMAGE],
  ['go', GO_IMAGE],
])('--library with the %s image', (name, image) => {
  test(
    'passes all 156 cases and removes its container',
    async () => {
      await requireImage(image);
      const runId = testRunId(name);
      const reports = join(scratch, name);

      try {
        const run = await runCli(['--library', image, '--report-dir', reports], RUN_MS, {
          CLOUDSTATE_TCK_RUN_ID: runId,
        });

        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
        expect(run.stdout).toContain(`(image ${image})`);
        expect(lastJsonLine(run.stdout)).toMatchObject({
          combination: 'library-image',
          passed: 156,
          failed: 0,
          skipped: 0,
          errors: 0,
          exitStatus: 0,
        });
        expect(await containersOfRun(runId)).toEqual([]);
      } finally {
        await removeContainersOfRun(runId);
      }
    },
    RUN_MS,
  );
});

test(
  "the reference image's combination runs it with pull never, and keeps its output",
  async () => {
    await requireImage(REFERENCE_IMAGE);
    const runId = testRunId('reference-image');
    const reports = join(scratch, 'combination');

    try {
      const run = await runCli(
        ['--combination', 'reference-image', '--filter', 'value-entity/', '--report-dir', reports],
        RUN_MS,
        { CLOUDSTATE_TCK_RUN_ID: runId },
      );

      expect(run.status).toBe(0);
      expect(lastJsonLine(run.stdout)).toMatchObject({ passed: 19, exitStatus: 0 });
      const log = readFileSync(join(reports, 'reference-image', 'library.log'), 'utf8');
      expect(log).toMatch(/^reference user function listening on 127\.0\.0\.1:\d+$/m);
      expect(await containersOfRun(runId)).toEqual([]);
    } finally {
      await removeContainersOfRun(runId);
    }
  },
  RUN_MS,
);

test(
  "a failing run gets the implementation's env in the container, and removes it",
  async () => {
    await requireImage(REFERENCE_IMAGE);
    const runId = testRunId('faulty');
    const config = configWith(scratch, 'faulty-image', {
      image: REFERENCE_IMAGE,
      pull: 'never',
      env: { TCK_REFERENCE_FAULT: 'no-snapshot' },
    });

    try {
      const run = await runCli(
        ['--config', config, '--combination', 'faulty-image', '--filter', 'event-sourced/'],
        RUN_MS,
        { CLOUDSTATE_TCK_RUN_ID: runId },
      );

      expect(run.status).toBe(1);
      expect(lastJsonLine(run.stdout)).toMatchObject({ passed: 16, failed: 5, exitStatus: 1 });
      expect(await containersOfRun(runId)).toEqual([]);
    } finally {
      await removeContainersOfRun(runId);
    }
  },
  RUN_MS,
);
