import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collect, scratchDir, startCli } from './support/run-cli';
import type { CliRun } from './support/run-cli';

const RUN_MS = 60_000;

const scratch = scratchDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(['SIGTERM', 'SIGINT'] as const)('%s to the CLI', (signal) => {
  test(
    'stops the library it started, then the CLI exits',
    async () => {
      const pidFile = join(scratch, `${signal}.pid`);
      // The reference stops answering at its 5th call, and --time-factor 10 makes the TCK wait
      // 30 s for that answer, so the run is surely still going when the signal comes.
      const command = `exec node test/e2e/support/faulty-reference.js 5 stall ${pidFile}`;
      const cli = startCli([
        '--library-cmd',
        command,
        '--filter',
        'value-entity/',
        '--time-factor',
        '10',
        '--report-dir',
        join(scratch, 'reports'),
      ]);
      const ended = collect(cli, RUN_MS);

      await firstLine(cli, 'pass ');
      const libraryPid = Number(readFileSync(pidFile, 'utf8'));
      expect(isDead(libraryPid)).toBe(false);

      const { run, libraryDied } = await signalAndWait(signal, cli, ended, libraryPid);

      expect(run.status).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(run.stderr).toContain(
        `cloudstate-tck: ${signal}: stopping the library, then exiting.`,
      );
      expect(libraryDied).toBe(true);
      // The folder says the run did not finish, and nothing else: no case of a library the
      // TCK stopped itself is reported.
      const summary = JSON.parse(
        readFileSync(join(scratch, 'reports', 'library-cmd', 'summary.json'), 'utf8'),
      ) as { startupError?: { code: string }; passed: number };
      expect(summary).toMatchObject({ startupError: { code: 'TCK_RUN_UNFINISHED' }, passed: 0 });
    },
    RUN_MS,
  );
});

/** Whether the library died with the CLI; one that did not is killed, so no test leaves it. */
async function signalAndWait(
  signal: NodeJS.Signals,
  cli: ReturnType<typeof startCli>,
  ended: Promise<CliRun>,
  libraryPid: number,
): Promise<{ run: CliRun; libraryDied: boolean }> {
  cli.kill(signal);
  const run = await ended;

  const libraryDied = isDead(libraryPid);
  if (!libraryDied) {
    process.kill(libraryPid, 'SIGKILL');
  }

  return { run, libraryDied };
}

/** Dead: gone, or a zombie that no init reaps in some containers (state Z). */
function isDead(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }

  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] === 'Z';
  } catch {
    return true;
  }
}

function firstLine(cli: ReturnType<typeof startCli>, start: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let text = '';
    cli.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.split('\n').some((line) => line.startsWith(start))) {
        resolve();
      }
    });
    cli.once('close', () => reject(new Error(`The CLI ended before a line "${start}…":\n${text}`)));
  });
}

test(
  'SIGTERM during a setup step stops the setup at once, then the CLI exits 143',
  async () => {
    const pidFile = join(scratch, 'setup.pid');
    const config = join(scratch, 'setup.json');
    // The setup writes its shell's pid, then becomes a sleep in that same process that outlasts
    // the test: the CLI can only exit 143 in time if it stops the setup.
    const setup = `echo $$ > ${pidFile}; exec sleep 300`;
    writeFileSync(
      config,
      JSON.stringify({
        implementations: { slow: { setup, command: 'true' } },
        combinations: { slow: { library: 'slow' } },
      }),
    );
    const cli = startCli(['--config', config, '--combination', 'slow']);
    const ended = collect(cli, RUN_MS);

    const setupPid = await fileNumber(pidFile);
    cli.kill('SIGTERM');
    const run = await ended;

    expect(run.status).toBe(143);
    expect(isDead(setupPid)).toBe(true);
  },
  RUN_MS,
);

/** The number a process writes to a file, once it is there. */
async function fileNumber(file: string): Promise<number> {
  for (let tries = 0; tries < 200; tries += 1) {
    const text = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
    if (text !== '') {
      return Number(text);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  throw new Error(`${file} was never written`);
}
