import type { Msg } from '../../model/message';
import type { Direction, StreamRuleId } from '../../model/stream-rules';

/** A stream rule broken by a relayed message, or by the end of a call. */
export interface InterceptViolation {
  ruleId: StreamRuleId;
  text: string;
  callId: number;
  path: string;

  /** The recording entry that broke the rule: a message, or the status that ended the call. */
  entryIndex: number;
  direction: Direction;

  /** The decoded message that broke the rule; absent when the call's end revealed it. */
  message?: Msg;

  /** Set when a fault hook made or changed that message: the index of its fault entry. */
  fault?: number;
}
