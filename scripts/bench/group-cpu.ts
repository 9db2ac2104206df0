import { readdirSync, readFileSync } from 'node:fs';
import { TICK_MS } from './machine-cpu';

/**
 * CPU time (user + system) used so far by the live processes of a process group, from /proc.
 * The library runs in its own group (a shell and what it starts), so this is its CPU time as
 * a cross-check of the wall-clock waiting figure. Undefined where there is no /proc.
 */
export function groupCpuMs(pgid: number): number | undefined {
  if (process.platform !== 'linux') {
    return undefined;
  }

  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }

    const fields = statFields(entry);
    if (fields !== undefined && Number(fields[2]) === pgid) {
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  }

  return ticks * TICK_MS;
}

/** The fields after the command name, which may itself hold spaces and parentheses. */
function statFields(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');

    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    // The process ended between the listing and the read.
    return undefined;
  }
}
