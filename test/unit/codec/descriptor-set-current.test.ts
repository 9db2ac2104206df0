import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

describe('the committed descriptor set of the reference user function', () => {
  test('is what proto/ builds to today', () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'tck-descriptors-')), 'tck-model.binpb');
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-descriptors.js'), fresh]);

    const committed = readFileSync(join(ROOT, 'fixtures/user-functions/reference/tck-model.binpb'));

    expect(readFileSync(fresh).equals(committed)).toBe(true);
  });
});
