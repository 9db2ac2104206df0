import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImplementationConfig } from '../../../../tck/config/tck-config';

/** A tck.config.json with one combination, named after its implementation. */
export function configWith(dir: string, name: string, library: ImplementationConfig): string {
  const file = join(dir, `${name}.config.json`);
  writeFileSync(
    file,
    JSON.stringify({
      implementations: { [name]: library },
      combinations: { [name]: { library: name } },
    }),
  );

  return file;
}
