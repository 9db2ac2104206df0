import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BEGIN, END, configOrder, readmeMatrix } from '../../scripts/readme-matrix';
import { packageRoot } from '../../tck/package-root';
import { lastJsonLine, runCli, scratchDir } from './support/run-cli';

const scratch = scratchDir();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the README's matrix", () => {
  test('is what a matrix run of the TCK own config gives today', async () => {
    const reports = join(scratch, 'reports');
    const run = await runCli(['--matrix', '--report-dir', reports]);
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const shown = readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)).trim();

    expect(lastJsonLine(run.stdout)).toMatchObject({ exitStatus: 0 });
    // Out of date: `npm run docs:matrix` writes the current one into README.md.
    expect(shown).toBe(readmeMatrix(reports, configOrder()));
  });
});
