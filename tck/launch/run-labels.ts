import { randomUUID } from 'node:crypto';
import { TckError } from '../errors/tck-error';

/** Every container the TCK starts carries this label, so that `--cleanup` can find it. */
export const TCK_LABEL = 'cloudstate-tck';

/** And this one, naming the CLI run that started it. */
export const RUN_LABEL = 'cloudstate-tck.run';

const IMPLEMENTATION_LABEL = 'cloudstate-tck.implementation';

let chosen: string | undefined;

/**
 * A fresh id per CLI run. CLOUDSTATE_TCK_RUN_ID sets it instead, as a test hook: a test that
 * interrupts a run must know which containers that run could have left behind.
 */
export function runId(): string {
  chosen ??= fromEnvironment() ?? randomUUID();

  return chosen;
}

function fromEnvironment(): string | undefined {
  const value = process.env.CLOUDSTATE_TCK_RUN_ID;
  if (value === undefined || value === '') {
    return undefined;
  }

  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(value)) {
    throw new TckError(
      'TCK_USAGE',
      `CLOUDSTATE_TCK_RUN_ID "${value}" is not a valid id. Use up to 64 letters, digits, ` +
        '".", "_" or "-", or unset it for a fresh id.',
    );
  }

  return value;
}

export function containerLabels(implementation: string): Record<string, string> {
  return { [TCK_LABEL]: 'true', [RUN_LABEL]: runId(), [IMPLEMENTATION_LABEL]: implementation };
}
