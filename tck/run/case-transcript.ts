import type { Msg } from '../../model/message';
import type { CallEvent } from '../drive/call-event';
import type { DebugLog } from '../log/debug-log';
import type { TranscriptEntry } from './case-result';
import { describeEvent } from './expect-message';

/** The same arrows as the failure output: → to the library, ← from it, · the TCK's own. */
const ARROW = { in: '→', out: '←', tck: '·' } as const;

/** Everything that crossed between the TCK and the library in one case, as it happened. */
export class CaseTranscript {
  readonly entries: TranscriptEntry[] = [];
  private readonly started = performance.now();
  private call = 0;

  constructor(
    private readonly log: DebugLog | undefined,
    private readonly tag: { implementation: string; caseId: string },
  ) {}

  /** Later entries belong to a new call. */
  nextCall(): void {
    this.call += 1;
  }

  received(event: CallEvent): void {
    if (event.kind === 'message') {
      this.record('out', 'message', event.message);
    } else {
      this.record('out', describeEvent(event));
    }
  }

  record(direction: TranscriptEntry['direction'], event: string, message?: Msg): void {
    const atMs = Math.round((performance.now() - this.started) * 10) / 10;
    this.entries.push({ atMs, call: this.call, direction, event, message });
    if (this.log !== undefined) {
      const arrow = ARROW[direction];
      if (message === undefined) {
        this.log(this.tag, 'call %d %s %s', this.call, arrow, event);
      } else {
        this.log(this.tag, 'call %d %s %s %j', this.call, arrow, event, message);
      }
    }
  }
}
