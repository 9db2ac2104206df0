import { homedir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../package-root';

/**
 * Where implementations installed by a setup step are kept: outside any clone, so that every
 * checkout and every run of the TCK on the machine shares one copy.
 */
export function tckCache(): string {
  const explicit = process.env.CLOUDSTATE_TCK_CACHE;
  if (explicit !== undefined && explicit !== '') {
    return explicit;
  }

  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'cloudstate-tck');
}

/** `${TCK_HOME}` is the TCK's own folder and `${TCK_CACHE}` its cache, in config commands. */
export function expandPlaceholders(command: string): string {
  return command.replaceAll('${TCK_HOME}', packageRoot()).replaceAll('${TCK_CACHE}', tckCache());
}
