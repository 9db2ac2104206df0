import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir, startCli } from './support/run-cli';

const RUN_MS = 60_000;

const scratch = scratchDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test(
  'a reader that goes away (as `| head -1` does) stops the printing, not the run or its reports',
  async () => {
    const reports = join(scratch, 'reports');
    const cli = startCli(['--filter', 'value-entity/', '--report-dir', reports]);
    let stderr = '';
    cli.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

    cli.stdout?.once('data', () => cli.stdout?.destroy());
    const status = await new Promise<number | null>((resolve) => cli.once('close', resolve));

    expect(stderr).toContain('the output was closed (EPIPE); the run goes on to its end.');
    expect(status).toBe(0);
    expect(existsSync(join(reports, 'reference', 'junit.xml'))).toBe(true);
    const summary = JSON.parse(
      readFileSync(join(reports, 'reference', 'summary.json'), 'utf8'),
    ) as { passed: number };
    expect(summary.passed).toBe(19);
  },
  RUN_MS,
);

test(
  'closing stderr as well (as `2>&1 | head -1` does) still lets the run finish its reports',
  async () => {
    const reports = join(scratch, 'both');
    const cli = startCli(['--filter', 'value-entity/', '--report-dir', reports]);

    cli.stdout?.once('data', () => {
      cli.stdout?.destroy();
      cli.stderr?.destroy();
    });
    const status = await new Promise<number | null>((resolve) => cli.once('close', resolve));

    expect(status).toBe(0);
    const summary = JSON.parse(
      readFileSync(join(reports, 'reference', 'summary.json'), 'utf8'),
    ) as { passed: number };
    expect(summary.passed).toBe(19);
  },
  RUN_MS,
);
