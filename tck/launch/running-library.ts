import type { OutputLog } from './output-log';

/**
 * A library the TCK started itself, as a local process or as a container. Discovery and the
 * library run only need to know whether it is still there and what it printed.
 */
export interface RunningLibrary {
  readonly output: OutputLog;

  /** The process to meter for the bench; undefined where there is none on this machine. */
  readonly pid: number | undefined;

  /** What to check when it exits early, as a sentence start: "Check its command". */
  readonly checkHint: string;

  hasExited(): boolean;
  whenExited(): Promise<void>;
  exitText(): string;
  stop(): Promise<void>;
}
