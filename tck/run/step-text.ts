import type { Step } from '../cases/tck-case';

/** A step as a failure names it: what it did, and which part of the message it concerned. */
export function stepText(step: Step): string {
  switch (step.kind) {
    case 'expect':
      return `expect ${Object.keys(step.message).join(', ') || 'an empty message'}`;
    case 'send':
      return `send ${Object.keys(step.message).join(', ')}`;
    default:
      return step.kind;
  }
}
