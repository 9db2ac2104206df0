import type * as protobuf from 'protobufjs';
import type { RuleViolation, StreamRuleChecker } from '../../model/stream-rules';
import type { Step } from '../cases/tck-case';
import type { CallEvent } from '../drive/call-event';
import type { CaseFailure } from './case-result';
import { checkMessage, describeEvent } from './expect-message';
import { stepText } from './step-text';

export interface Judge {
  root: protobuf.Root;
  outputType: string;
  rules: StreamRuleChecker | undefined;
}

type ReadStep = Extract<Step, { kind: 'expect' | 'expect-complete' }>;

/**
 * Judges what the library answered at an `expect` or `expect-complete` step: the protocol's
 * stream rules first, whatever the fixture expects, then the fixture's own expectation.
 */
export function judgeEvent(
  judge: Judge,
  step: ReadStep,
  event: CallEvent,
  label: string,
): CaseFailure | undefined {
  const where = { step: label, stepText: stepText(step) };
  const callStatus = event.kind === 'error' ? { callStatus: event.code } : {};
  const violation = ruleViolation(judge.rules, event);
  const mismatch =
    step.kind === 'expect'
      ? checkMessage(judge.root, step.message, event, {
          type: judge.outputType,
          sortDelta: step.sortDelta,
          partial: step.partial,
        })
      : undefined;

  if (violation !== undefined) {
    const fields = mismatch?.differingFields;
    const rule = `"${violation.ruleId}": ${violation.message}`;
    const broken = `the library broke the protocol's rule ${rule}`;

    return {
      ...where,
      ...mismatch,
      reason:
        fields === undefined ? broken : `${broken}; the message differs at ${fields.join(', ')}`,
      ruleId: violation.ruleId,
      ...(event.kind === 'message' ? { received: event.message } : {}),
    };
  }

  if (mismatch !== undefined) {
    return { ...where, ...mismatch, ...callStatus };
  }

  if (step.kind === 'expect-complete' && event.kind !== 'complete') {
    return {
      ...where,
      reason: `expected the call to complete, but ${describeEvent(event)}`,
      ...(event.kind === 'message' ? { received: event.message } : {}),
      ...callStatus,
    };
  }

  return undefined;
}

/**
 * Only the library's side is judged: the fixtures' own messages follow the Scala TCK, which once
 * repeats a command id on purpose.
 */
function ruleViolation(
  rules: StreamRuleChecker | undefined,
  event: CallEvent,
): RuleViolation | undefined {
  if (event.kind === 'message') {
    return rules?.feed('out', event.message)[0];
  }

  return event.kind === 'complete' ? rules?.finish()[0] : undefined;
}
