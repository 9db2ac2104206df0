import { groupCpuMs } from './group-cpu';
import { machineBusyMs } from './machine-cpu';

/** What the clocks measured over one case phase; times in milliseconds. */
export interface MeterReading {
  wallMs: number;

  /**
   * Time the TCK's event loop sat idle in the poll phase: it had nothing to do but wait for
   * bytes from the library. Unlike the runner's awaits, this leaves out the TCK's own gRPC and
   * decoding work, and counts no library work that overlapped the harness.
   */
  idleMs: number;
  tckCpuMs: number;
  libraryCpuMs: number | null;

  /** CPU the machine spent on anything else (other processes, interrupts, steal): noise. */
  otherCpuMs: number | null;
}

/** Starts every clock; the function it returns stops them and reads them. */
export function startMeter(libraryPgid: number | undefined): () => MeterReading {
  const libraryCpu = (): number | undefined =>
    libraryPgid === undefined ? undefined : groupCpuMs(libraryPgid);
  const libraryBefore = libraryCpu();
  const machineBefore = machineBusyMs();
  const tckBefore = process.cpuUsage();
  const loopBefore = performance.eventLoopUtilization();
  const started = performance.now();

  return () => {
    const wallMs = performance.now() - started;
    const loop = performance.eventLoopUtilization(loopBefore);
    const tck = process.cpuUsage(tckBefore);
    const tckCpuMs = (tck.user + tck.system) / 1000;
    const libraryCpuMs = difference(libraryBefore, libraryCpu());
    const machineCpuMs = difference(machineBefore, machineBusyMs());

    return {
      wallMs,
      idleMs: loop.idle,
      tckCpuMs,
      libraryCpuMs,
      otherCpuMs:
        machineCpuMs === null || libraryCpuMs === null
          ? null
          : Math.max(0, machineCpuMs - tckCpuMs - libraryCpuMs),
    };
  };
}

function difference(before: number | undefined, after: number | undefined): number | null {
  return before === undefined || after === undefined ? null : after - before;
}
