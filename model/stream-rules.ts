import type { Msg } from './message';
import { checkProxyMessage } from './stream-rule-checks/proxy-checks';
import { checkUserFunctionMessage } from './stream-rule-checks/user-function-checks';
import type { Direction, Finding, RuleViolation } from './stream-rule-checks/rule-table';
import { finding } from './stream-rule-checks/rule-table';
import { newStreamState } from './stream-rule-checks/stream-state';
import type { EntityProtocol } from './user-function';

export type {
  Direction,
  RuleViolation,
  StreamRule,
  StreamRuleId,
} from './stream-rule-checks/rule-table';
export { STREAM_RULES } from './stream-rule-checks/rule-table';

/**
 * Checks the protocol's stream rules on one entity stream, fed message by message as they flow.
 * It only reads messages; whatever it finds is kept for `violations()` as well as returned.
 */
export interface StreamRuleChecker {
  /** Checks one message; returns the violations it causes. */
  feed(direction: Direction, message: Msg): RuleViolation[];

  /** The proxy completed its side of the stream. */
  halfClose(): void;

  /** The stream is over: returns the violations only its end reveals, such as missing replies. */
  finish(): RuleViolation[];

  /** Every violation found so far, in order. */
  violations(): RuleViolation[];
}

/** One step of a recorded stream, for `checkStream`. */
export type StreamStep = { direction: Direction; message: Msg } | { halfClose: true };

export function createStreamRuleChecker(protocol: EntityProtocol): StreamRuleChecker {
  const state = newStreamState(protocol);
  const found: RuleViolation[] = [];
  let index = 0;

  function record(findings: Finding[], at: number): RuleViolation[] {
    const violations = findings.map((f) => ({ ...f, index: at }));
    found.push(...violations);
    return violations;
  }

  return {
    feed(direction: Direction, message: Msg): RuleViolation[] {
      const at = index++;
      const findings =
        direction === 'in'
          ? checkProxyMessage(state, message)
          : checkUserFunctionMessage(state, message);
      return record(findings, at);
    },
    halfClose(): void {
      state.halfClosed = true;
    },
    finish(): RuleViolation[] {
      const missing = state.failed ? [] : state.pending;
      const findings = missing.map((id) =>
        finding('one-reply-per-command', `Command ${id} got no reply`),
      );
      state.pending = [];
      return record(findings, index);
    },
    violations: () => [...found],
  };
}

/** Checks a whole recorded stream, ending it after its last step. */
export function checkStream(protocol: EntityProtocol, steps: StreamStep[]): RuleViolation[] {
  const checker = createStreamRuleChecker(protocol);

  for (const step of steps) {
    if ('halfClose' in step) {
      checker.halfClose();
    } else {
      checker.feed(step.direction, step.message);
    }
  }

  checker.finish();
  return checker.violations();
}
