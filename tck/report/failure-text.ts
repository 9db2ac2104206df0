import { mismatchReport } from '../verify/mismatch-report';
import type { CaseResult } from '../run/case-result';

/** The full story of a case that did not pass, for the console, JUnit and transcripts. */
export function failureText(result: CaseResult, rerun: string): string {
  const lines = [`${result.tckCase.id}`];
  const failure = result.failure;

  if (failure !== undefined) {
    lines.push(`  at step ${failure.step} (${failure.stepText}) of ${result.tckCase.file}`);
    lines.push(`  ${failure.ruleId === undefined ? '' : `[${failure.ruleId}] `}${failure.reason}`);

    if (failure.expected !== undefined && failure.received !== undefined) {
      lines.push(
        indent(mismatchReport(failure.expected, failure.received, failure.differingFields ?? [])),
      );
    } else if (failure.expected !== undefined) {
      lines.push(indent(`expected:\n${JSON.stringify(failure.expected, null, 2)}`));
    } else if (failure.received !== undefined) {
      lines.push(indent(`received:\n${JSON.stringify(failure.received, null, 2)}`));
    }
  }

  if (result.note !== undefined) {
    lines.push(`  ${result.note}`);
  }

  lines.push('  conversation so far:');
  lines.push(indent(conversation(result), 4));
  lines.push(`  rerun: ${rerun}`);

  return lines.join('\n');
}

export function conversation(result: CaseResult): string {
  return result.transcript
    .map((entry) => {
      const arrow = entry.direction === 'in' ? '→' : entry.direction === 'out' ? '←' : '·';
      const message = entry.message === undefined ? '' : ` ${JSON.stringify(entry.message)}`;
      return `${arrow} call ${entry.call} ${entry.event}${message}`;
    })
    .join('\n');
}

function indent(text: string, by = 2): string {
  const pad = ' '.repeat(by);

  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}
