import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { debugLog } from '../log/debug-log';
import { OutputLog } from './output-log';
import type { RunningLibrary } from './running-library';

const log = debugLog('launch');

export interface ProcessSpec {
  name: string;
  command: string;
  cwd: string;
  env: Record<string, string>;
}

/**
 * A user function started as a local process. It runs in its own process group, so that the
 * children of a shell command (a `go run`, a JVM behind a script) end with it.
 */
export class LibraryProcess implements RunningLibrary {
  readonly output = new OutputLog();
  readonly checkHint = 'Check its command';
  private exit: { code: number | null; signal: string | null } | undefined;
  private readonly exited: Promise<void>;
  private readonly child: ChildProcess;

  constructor(readonly spec: ProcessSpec) {
    log?.({ implementation: spec.name }, 'Starting "%s" in "%s"...', spec.command, spec.cwd);
    this.child = spawn(spec.command, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      shell: true,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    this.child.stdout?.on('data', (chunk: Buffer) => this.output.append(chunk.toString()));
    this.child.stderr?.on('data', (chunk: Buffer) => this.output.append(chunk.toString()));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        log?.({ implementation: spec.name }, 'Exited with %s', this.exitText());
        resolve();
      });
      this.child.once('error', (error) => {
        this.output.append(`${error.message}\n`);
        this.exit = { code: null, signal: null };
        resolve();
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  hasExited(): boolean {
    return this.exit !== undefined;
  }

  whenExited(): Promise<void> {
    return this.exited;
  }

  exitText(): string {
    if (this.exit === undefined) {
      return 'still running';
    }

    return this.exit.signal !== null
      ? `signal ${this.exit.signal}`
      : `exit status ${this.exit.code ?? 'unknown'}`;
  }

  /** Ends the process group: politely first, then for good after the grace period. */
  async stop(graceMs = 3000): Promise<void> {
    if (this.hasExited() || this.child.pid === undefined) {
      return;
    }

    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);

    // The shell may end before the command it started; whatever is left of the group goes too.
    this.signal('SIGKILL');
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) {
      return;
    }

    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  }
}
