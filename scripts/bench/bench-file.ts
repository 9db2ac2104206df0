import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * reports/bench.json is shared: `npm run bench` writes the library run's figures, and each
 * other bench adds a section of its own under a key. None may drop another's figures.
 */
export function writeBenchSection(file: string, key: string, section: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...readBenchFile(file), [key]: section }, null, 2)}\n`);
}

/** The sections of the other benches, for `npm run bench` to keep when it rewrites the file. */
export function keptBenchSections(file: string, keys: string[]): Record<string, unknown> {
  const current = readBenchFile(file);

  return Object.fromEntries(keys.flatMap((key) => (key in current ? [[key, current[key]]] : [])));
}

function readBenchFile(file: string): Record<string, unknown> {
  if (!existsSync(file)) {
    return {};
  }

  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // A broken file is replaced: it holds figures, not anything that cannot be measured again.
    return {};
  }
}
