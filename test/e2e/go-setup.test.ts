import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { collect, scratchDir, startCli } from './support/run-cli';

/** A PATH with only what the setup script needs besides Go, wherever Go is installed. */
function pathWithoutGo(): string {
  const bin = scratchDir();
  for (const tool of ['bash', 'sh', 'dirname']) {
    symlinkSync(join('/usr/bin', tool), join(bin, tool));
  }

  return bin;
}

describe('the go combination on a machine without Go', () => {
  test('stops with status 2 before starting anything, naming what to install', async () => {
    const run = await collect(
      startCli(['--combination', 'go', '--report-dir', scratchDir()], {
        PATH: pathWithoutGo(),
        CLOUDSTATE_TCK_CACHE: scratchDir(),
      }),
      60_000,
    );

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cloudstate-tck: The setup step of "go" failed (exit status 1)');
    expect(run.stderr).toContain('The Go toolchain is not installed: install Go 1.16 or newer');
    expect(run.stderr).toContain('[TCK_SETUP_FAILED]');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
