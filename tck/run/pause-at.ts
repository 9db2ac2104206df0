/** The points a run can be held at; README.md lists them under "Test hooks". */
export type PausePoint = 'pull' | 'container-start' | 'cases' | 'reports';

/** Long enough for a test to signal the run, short enough that a stray setting cannot hang CI. */
const PAUSE_LIMIT_MS = 5 * 60_000;

/**
 * A test hook: CLOUDSTATE_TCK_PAUSE_AT=<point> holds the run there, so that a test can signal
 * it at a known moment (the leak tests do). It announces itself on stderr and goes on after
 * five minutes; without the variable it costs nothing.
 */
export async function pauseAt(point: PausePoint): Promise<void> {
  if (process.env.CLOUDSTATE_TCK_PAUSE_AT !== point) {
    return;
  }

  process.stderr.write(
    `cloudstate-tck: paused at "${point}" (CLOUDSTATE_TCK_PAUSE_AT, a test hook).\n`,
  );
  await new Promise((resolve) => setTimeout(resolve, PAUSE_LIMIT_MS));
}
