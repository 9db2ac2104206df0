import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, scratchDir } from '../support/run-cli';
import type { CliRun } from '../support/run-cli';
import { configWith } from './support/config-file';
import {
  REFERENCE_IMAGE,
  containersOfRun,
  removeContainersOfRun,
  requireImage,
  testRunId,
} from './support/docker-state';

// Each of these fails before any case; a TCK that waited for a time-out instead would not.
const RUN_MS = 60_000;

/** A name no registry has, and no engine here: this test never builds or tags it. */
const ABSENT_IMAGE = 'cloudstate-tck-test/absent-image:0.0.0';
const NO_ENGINE = { DOCKER_HOST: 'unix:///nonexistent.sock' };

const scratch = scratchDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function expectStartError(run: CliRun, code: string): void {
  expect(run.status).toBe(2);
  expect(run.stdout).not.toContain('pass ');
  expect(run.stderr).not.toContain('    at ');
  expect(run.stderr).toMatch(new RegExp(`\\[${code}\\]\\n$`));
}

/** Runs one combination of a config of its own under a fresh run id, then checks for leaks. */
async function runImage(
  name: string,
  library: Parameters<typeof configWith>[2],
  extra: string[] = [],
): Promise<CliRun> {
  const runId = testRunId(name);
  const config = configWith(scratch, name, library);

  try {
    const reports = ['--report-dir', join(scratch, 'reports')];
    const run = await runCli(
      ['--config', config, '--combination', name, ...reports, ...extra],
      RUN_MS,
      {
        CLOUDSTATE_TCK_RUN_ID: runId,
      },
    );
    expect(await containersOfRun(runId)).toEqual([]);
    return run;
  } finally {
    await removeContainersOfRun(runId);
  }
}

describe('an image that cannot be had', () => {
  test(
    'a missing image with pull never is named, with what to do',
    async () => {
      const run = await runImage('absent', { image: ABSENT_IMAGE, pull: 'never' });

      expectStartError(run, 'TCK_IMAGE_NOT_FOUND');
      expect(run.stderr).toBe(
        `cloudstate-tck: Image "${ABSENT_IMAGE}" of "absent" is not in the Docker engine, and ` +
          'its pull policy is "never". Build or load it (`docker build`, `docker load`), or ' +
          'allow a pull ("pull": "missing" in the config, or --pull missing). ' +
          '[TCK_IMAGE_NOT_FOUND]\n',
      );
    },
    RUN_MS,
  );

  test(
    "the TCK's own images point to the script that builds them",
    async () => {
      const run = await runImage('own', { image: 'cloudstate-tck/absent:0.0.0', pull: 'never' });

      expectStartError(run, 'TCK_IMAGE_NOT_FOUND');
      expect(run.stderr).toContain('`bash scripts/build-images.sh`');
    },
    RUN_MS,
  );

  test(
    'a pull that fails (pull always) names the image and the registry error',
    async () => {
      const run = await runImage('unpullable', { image: ABSENT_IMAGE, pull: 'always' });

      expectStartError(run, 'TCK_IMAGE_PULL_FAILED');
      expect(run.stderr).toMatch(
        new RegExp(
          `^cloudstate-tck: Pulling image "${ABSENT_IMAGE}" of "unpullable" \\(pull: always\\) ` +
            'failed: .+\\. Check the image name and that the registry can be reached',
        ),
      );
    },
    RUN_MS,
  );

  test(
    'without a Docker engine the run says so and how to start one; so does --cleanup',
    async () => {
      const run = await runCli(['--library', REFERENCE_IMAGE], RUN_MS, NO_ENGINE);
      const cleanup = await runCli(['--cleanup'], RUN_MS, NO_ENGINE);

      for (const each of [run, cleanup]) {
        expect(each.status).toBe(2);
        expect(each.stderr).toBe(
          'cloudstate-tck: No Docker engine answers at unix:///nonexistent.sock (connect ' +
            'ENOENT /nonexistent.sock). Start one (Docker Desktop, `sudo systemctl start ' +
            'docker`, or in a clone of the TCK `bash scripts/ensure-docker.sh`), or point ' +
            'DOCKER_HOST at a running engine. [TCK_DOCKER_UNAVAILABLE]\n',
        );
      }
    },
    RUN_MS,
  );
});

describe('a container that does not serve', () => {
  test(
    'one that exits at start gives its exit status and last log lines',
    async () => {
      await requireImage(REFERENCE_IMAGE);
      const exit = "console.log('boom line'); process.exit(3)";

      const run = await runImage('exits', {
        image: REFERENCE_IMAGE,
        pull: 'never',
        args: ['node', '-e', exit],
      });

      expectStartError(run, 'TCK_LIBRARY_EXITED');
      expect(run.stderr).toBe(
        'cloudstate-tck: Library "exits" exited before it answered discover (exit status 3). ' +
          'Check its image (entrypoint, args) and the output below.\n' +
          'Last output lines:\n  boom line [TCK_LIBRARY_EXITED]\n',
      );
    },
    RUN_MS,
  );

  test(
    'one that never listens runs into the discover time-out, with its output',
    async () => {
      await requireImage(REFERENCE_IMAGE);
      const idle = "console.log('not listening'); setInterval(() => undefined, 1000)";

      const run = await runImage(
        'silent',
        { image: REFERENCE_IMAGE, pull: 'never', args: ['node', '-e', idle] },
        ['--time-factor', '0.05'],
      );

      expectStartError(run, 'TCK_LIBRARY_START_FAILED');
      expect(run.stderr).toMatch(
        new RegExp(
          '^cloudstate-tck: Library "silent" did not answer discover at 127\\.0\\.0\\.1:\\d+ ' +
            'within 3000 ms; the last error was: UNAVAILABLE \\(14\\): .*ECONNREFUSED.*\\. ' +
            'Check that it listens on the HOST and PORT it was given, or raise --time-factor\\.' +
            '\\nLast output lines:\\n {2}not listening \\[TCK_LIBRARY_START_FAILED\\]\\n$',
        ),
      );
    },
    RUN_MS,
  );

  test(
    'one whose entrypoint cannot run is removed, and Docker says why',
    async () => {
      await requireImage(REFERENCE_IMAGE);

      const run = await runImage('noexec', {
        image: REFERENCE_IMAGE,
        pull: 'never',
        args: ['/no/such/program'],
      });

      expectStartError(run, 'TCK_CONTAINER_START_FAILED');
      expect(run.stderr).toMatch(
        new RegExp(
          `^cloudstate-tck: The container of "noexec" \\(image "${REFERENCE_IMAGE}"\\) could ` +
            'not start: the engine said: .*/no/such/program.*\\. Check the image, its ' +
            'entrypoint and args',
        ),
      );
    },
    RUN_MS,
  );
});
