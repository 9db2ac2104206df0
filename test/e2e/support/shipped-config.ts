import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../../tck/package-root';

export interface Mark {
  case?: string;
  area?: string;
  reason: string;
  evidence?: string;
}

export interface Combination {
  skips?: Mark[];
  expectedFailures?: Mark[];
}

/** A combination of the TCK's own tck.config.json, as its tests check it against a run. */
export function shippedCombination(name: string): Combination {
  const text = readFileSync(join(packageRoot(), 'tck.config.json'), 'utf8');
  const config = JSON.parse(text) as { combinations: Record<string, Combination | undefined> };

  return config.combinations[name] ?? {};
}
