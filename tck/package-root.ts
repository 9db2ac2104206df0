import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The folder holding package.json. Sources run from tck/ under ts-jest and from dist/tck/ once
 * built, so a fixed relative path would be right in only one of the two.
 */
export function packageRoot(): string {
  let dir = __dirname;

  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`No package.json above "${__dirname}"`);
    }
    dir = parent;
  }

  return dir;
}
