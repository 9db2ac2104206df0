import { appendFileSync } from 'node:fs';

/** The moments of a start-up that the Docker bench measures between. */
export type Phase =
  | 'cli-start'
  | 'image-ready'
  | 'container-requested'
  | 'container-created'
  | 'container-started'
  | 'discovered'
  | 'first-case';

/**
 * A bench hook: with CLOUDSTATE_TCK_TIMINGS=<file>, each phase appends a JSON line
 * `{"phase", "at"}` (epoch milliseconds) to the file. Without it, nothing is written.
 */
export function markPhase(phase: Phase, at = Date.now()): void {
  const file = timingsFile();
  if (file !== undefined) {
    appendFileSync(file, `${JSON.stringify({ phase, at })}\n`);
  }
}

export function timingsFile(): string | undefined {
  const file = process.env.CLOUDSTATE_TCK_TIMINGS;

  return file === undefined || file === '' ? undefined : file;
}
