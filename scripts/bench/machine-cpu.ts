import { readFileSync } from 'node:fs';

// USER_HZ is fixed at 100 by Linux's user-space ABI, so /proc counts CPU time in 10 ms ticks.
export const TICK_MS = 10;

// The busy columns of /proc/stat's "cpu" line: user, nice, system, irq, softirq, steal.
const BUSY_COLUMNS = [0, 1, 2, 5, 6, 7];

/**
 * CPU time the whole machine has spent busy so far, over all CPUs, from /proc/stat: user, nice,
 * system, irq, softirq and steal, so not idle or iowait. Undefined where there is no /proc.
 */
export function machineBusyMs(): number | undefined {
  if (process.platform !== 'linux') {
    return undefined;
  }

  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.split(/\s+/).slice(1).map(Number);

    return BUSY_COLUMNS.reduce((total, column) => total + (ticks[column] ?? 0), 0) * TICK_MS;
  } catch {
    return undefined;
  }
}
