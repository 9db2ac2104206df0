import type * as protobuf from 'protobufjs';
import { isMsg } from '../../model/message';
import { createStreamRuleChecker } from '../../model/stream-rules';
import type { StreamRuleChecker } from '../../model/stream-rules';
import type { Msg, Value } from '../../model/message';
import { CALL_SHAPES } from '../cases/call-kinds';
import type { CallKind, Step, TckCase } from '../cases/tck-case';
import type { LibraryCall } from '../drive/call-event';
import type { Library } from '../drive/library';
import type { DebugLog } from '../log/debug-log';
import { CaseFailed } from './case-failed';
import type { CaseResult } from './case-result';
import { CaseTranscript } from './case-transcript';
import { checkDiscovery } from './check-discovery';
import type { DiscoveredSpec } from './discovered-spec';
import { judgeEvent } from './judge-event';
import { stepText } from './step-text';

export interface CaseEnvironment {
  root: protobuf.Root;
  library: Library;
  spec: DiscoveredSpec;

  /** How long a message that must arrive may take. */
  patienceMs: number;
  implementation: string;
  log: DebugLog | undefined;
}

/** Replays one case against the library and judges it. */
export async function runCase(tckCase: TckCase, env: CaseEnvironment): Promise<CaseResult> {
  const execution = new CaseExecution(tckCase, env);
  const started = performance.now();

  try {
    await execution.run(tckCase.steps, '');
    execution.close();

    return execution.result('passed', performance.now() - started);
  } catch (error) {
    execution.close();
    if (!(error instanceof CaseFailed)) {
      throw error;
    }

    return { ...execution.result('failed', performance.now() - started), failure: error.failure };
  }
}

class CaseExecution {
  private readonly transcript: CaseTranscript;
  private call: LibraryCall | undefined;
  private callKind: CallKind | undefined;
  private rules: StreamRuleChecker | undefined;
  private lastReceived: Msg | undefined;
  private waitingMs = 0;

  constructor(
    private readonly tckCase: TckCase,
    private readonly env: CaseEnvironment,
  ) {
    this.transcript = new CaseTranscript(env.log, {
      implementation: env.implementation,
      caseId: tckCase.id,
    });
  }

  async run(steps: Step[], prefix: string): Promise<void> {
    const sentAhead = new Set<number>();

    for (const [index, step] of steps.entries()) {
      const label = `${prefix}${index + 1}`;

      if (sentAhead.has(index)) {
        continue;
      }

      switch (step.kind) {
        case 'open':
          this.open(step.call);
          break;
        case 'send':
        case 'complete':
          this.write(step, label);
          break;
        case 'expect':
        case 'expect-complete':
          this.sendAhead(steps, index, sentAhead);
          await this.read(step, label);
          break;
        case 'branch':
          await this.run(this.chooseBranch(step.on) ? step.ifTrue : step.ifFalse, `${label}.`);
          break;
        case 'discovery':
          this.checkDiscovery(step, label);
          break;
      }
    }
  }

  result(verdict: 'passed' | 'failed', durationMs: number): CaseResult {
    return {
      tckCase: this.tckCase,
      verdict,
      durationMs,
      waitingMs: this.waitingMs,
      transcript: this.transcript.entries,
    };
  }

  close(): void {
    this.call?.cancel();
    this.call = undefined;
  }

  /**
   * Writes the sends that follow an expectation, up to the next point where the conversation
   * may change course, before reading anything: a library that drops a message is then caught
   * by the message that arrives in its place, not by a time-out. The half-close waits for its
   * turn, so that a library holding its answers back until the input ends is still caught.
   */
  private sendAhead(steps: Step[], from: number, sentAhead: Set<number>): void {
    for (let index = from + 1; index < steps.length; index += 1) {
      const step = steps[index];
      if (step === undefined || ['open', 'branch', 'complete'].includes(step.kind)) {
        return;
      }
      if (step.kind === 'send' && !sentAhead.has(index)) {
        this.write(step, String(index + 1));
        sentAhead.add(index);
      }
    }
  }

  private open(kind: CallKind): void {
    this.close();
    this.call = this.env.library.open(kind);
    this.callKind = kind;
    this.rules = kind.startsWith('action.') ? undefined : createStreamRuleChecker(kind as 'crdt');
    this.transcript.nextCall();
    this.transcript.record('tck', `open ${CALL_SHAPES[kind].path}`);
  }

  private write(step: Step, label: string): void {
    const call = this.openCall(label, step);

    if (step.kind === 'send') {
      this.transcript.record('in', 'message', step.message);
      this.rules?.feed('in', step.message);
      call.send(step.message);
    } else {
      this.transcript.record('in', 'complete');
      this.rules?.halfClose();
      call.complete();
    }
  }

  // Known shortcoming: answers are read in the order the fixture lists them, so a CRDT library
  // that replies out of command order, which the protocol allows, fails the case.
  private async read(
    step: Extract<Step, { kind: 'expect' | 'expect-complete' }>,
    label: string,
  ): Promise<void> {
    const call = this.openCall(label, step);
    const waitStarted = performance.now();
    const event = await call.next(this.env.patienceMs);
    this.waitingMs += performance.now() - waitStarted;
    this.transcript.received(event);

    const judge = {
      root: this.env.root,
      outputType: CALL_SHAPES[this.callKind ?? 'crdt'].output,
      rules: this.rules,
    };
    const failure = judgeEvent(judge, step, event, label);
    if (failure !== undefined) {
      throw new CaseFailed(failure);
    }

    this.lastReceived = event.kind === 'message' ? event.message : undefined;
  }

  private chooseBranch(path: string): boolean {
    let value: Value | undefined = this.lastReceived;
    for (const key of path.split('.')) {
      value = isMsg(value) ? value[key] : undefined;
    }

    return value === true;
  }

  private checkDiscovery(step: Extract<Step, { kind: 'discovery' }>, label: string): void {
    const problem = checkDiscovery(this.env.spec, step.entities, step.services);
    this.transcript.record('tck', 'checked the EntitySpec', this.env.spec.entitySpec);

    if (problem !== undefined) {
      throw new CaseFailed({ step: label, stepText: stepText(step), ...problem });
    }
  }

  private openCall(label: string, step: Step): LibraryCall {
    if (this.call === undefined) {
      throw new CaseFailed({ step: label, stepText: stepText(step), reason: 'no call is open' });
    }

    return this.call;
  }
}
