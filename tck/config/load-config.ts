import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { TckError } from '../errors/tck-error';
import { imageNameProblem } from '../launch/image-name';
import { packageRoot } from '../package-root';
import { CONFIG_SCHEMA } from './config-schema';
import { schemaProblems } from './schema-problems';
import type { TckConfig } from './tck-config';
import { debugLog } from '../log/debug-log';

const log = debugLog('config');

type ConfigFile = Omit<TckConfig, 'baseDir' | 'file'>;

const validate = new Ajv({ allErrors: true, verbose: true }).compile<ConfigFile>(CONFIG_SCHEMA);

/**
 * Reads and checks tck.config.json. Without an explicit `--config`, a project that has no
 * tck.config.json of its own gets the one shipped with the TCK.
 */
export function loadConfig(path: string | undefined): TckConfig {
  const file = resolve(path ?? 'tck.config.json');
  const chosen =
    path === undefined && !existsSync(file) ? join(packageRoot(), 'tck.config.json') : file;

  if (!existsSync(chosen)) {
    throw configError(chosen, 'does not exist. Pass --config with the path of a tck.config.json');
  }

  let data: unknown;
  try {
    data = JSON.parse(readFileSync(chosen, 'utf8'));
  } catch (cause) {
    throw configError(chosen, `is not valid JSON (${String(cause)})`);
  }

  if (!validate(data)) {
    const problems = schemaProblems(validate.errors ?? []).join('; ');
    throw configError(chosen, `does not follow the schema: ${problems}. README.md lists the keys`);
  }

  checkReferences(chosen, data);
  log?.(
    {},
    'Read "%s": implementations %s; combinations %s',
    chosen,
    Object.keys(data.implementations).join(', '),
    Object.keys(data.combinations).join(', '),
  );

  return { ...data, baseDir: dirname(chosen), file: chosen };
}

function checkReferences(file: string, data: ConfigFile): void {
  const known = Object.keys(data.implementations);

  for (const [name, implementation] of Object.entries(data.implementations)) {
    const problem =
      implementation.image === undefined ? undefined : imageNameProblem(implementation.image);
    if (problem !== undefined) {
      throw configError(
        file,
        `has a bad image in implementation "${name}": ${problem.slice(0, -1)}`,
      );
    }
  }

  for (const [name, combination] of Object.entries(data.combinations)) {
    if (!known.includes(combination.library)) {
      throw configError(
        file,
        `names the library "${combination.library}" in combination "${name}", ` +
          `but the implementations are: ${known.join(', ')}`,
      );
    }
  }
}

function configError(file: string, problem: string): TckError {
  return new TckError('TCK_CONFIG_INVALID', `Config "${file}" ${problem}.`);
}
