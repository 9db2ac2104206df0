import type { Msg } from '../../model/message';
import type { TckCase } from '../cases/tck-case';

export type Verdict = 'passed' | 'failed' | 'skipped' | 'expected-failure' | 'error';

/** Why a case did not pass, precise enough to act on without rerunning it. */
export interface CaseFailure {
  /** Where in the fixture: `7`, or `9.if-true.3` inside a branch. */
  step: string;
  stepText: string;
  reason: string;
  expected?: Msg;
  received?: Msg;
  differingFields?: string[];
  ruleId?: string;

  /** The gRPC status the call ended with, when the failure was the call itself ending. */
  callStatus?: number;
}

export interface TranscriptEntry {
  atMs: number;
  call: number;
  direction: 'tck' | 'in' | 'out';
  event: string;
  message?: Msg;
}

export interface CaseResult {
  tckCase: TckCase;
  verdict: Verdict;
  durationMs: number;

  /** Time spent waiting for the library's answers, for the bench's overhead figure. */
  waitingMs: number;
  failure?: CaseFailure;
  note?: string;

  /** For an expected failure: the file that shows the deviation, as the config names it. */
  evidence?: string;
  transcript: TranscriptEntry[];

  /** What the library printed while the case ran, kept for cases that did not pass. */
  libraryOutput?: string[];
}
