import * as grpc from '@grpc/grpc-js';
import type * as protobuf from 'protobufjs';
import type { TckCase } from '../cases/tck-case';
import type { Library } from '../drive/library';
import type { RunningLibrary } from '../launch/running-library';
import { debugLog } from '../log/debug-log';
import { findMark } from './case-marks';
import type { CaseMarks } from './case-marks';
import type { CaseResult } from './case-result';
import type { DiscoveredSpec } from './discovered-spec';
import { pauseAt } from './pause-at';
import { runCase } from './run-case';

const log = debugLog('run');
const driveLog = debugLog('drive');
const EXIT_GRACE_MS = 500;

export interface LibraryRunInput {
  implementation: string;
  root: protobuf.Root;
  library: Library;
  /** The library the TCK started (a process or a container); undefined at an address. */
  process: RunningLibrary | undefined;
  spec: DiscoveredSpec;
  cases: TckCase[];
  marks: CaseMarks;
  patienceMs: number;
  onResult: (result: CaseResult) => void;
}

/** Runs the selected cases one after another and judges each, marks included. */
export async function runLibraryCases(input: LibraryRunInput): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  let gone: string | undefined;

  for (const [index, tckCase] of input.cases.entries()) {
    if (index === Math.floor(input.cases.length / 2)) {
      await pauseAt('cases');
    }

    const result =
      gone === undefined ? await judgeCase(tckCase, input) : notRun(tckCase, 'error', gone);
    gone ??= goneReason(result, input);
    results.push(result);
    input.onResult(result);
  }

  return results;
}

/**
 * A library at a given address that stops accepting connections is gone for the rest of the
 * run: later cases are errors that say so, not a wall of identical failures.
 */
function goneReason(result: CaseResult, input: LibraryRunInput): string | undefined {
  if (input.process !== undefined || result.failure?.callStatus !== grpc.status.UNAVAILABLE) {
    return undefined;
  }

  return `the library stopped answering (UNAVAILABLE) during ${result.tckCase.id}`;
}

async function judgeCase(tckCase: TckCase, input: LibraryRunInput): Promise<CaseResult> {
  const skip = findMark(input.marks.skips, tckCase);
  if (skip !== undefined) {
    return notRun(tckCase, 'skipped', skip.reason);
  }

  const missing = tckCase.requires.filter((service) => !input.spec.declaredServices.has(service));
  if (missing.length > 0) {
    return notRun(tckCase, 'skipped', `not implemented by the library (${missing.join(', ')})`);
  }

  if (input.process?.hasExited() === true) {
    return notRun(tckCase, 'error', `the library exited (${input.process.exitText()}) earlier`);
  }

  const mark = input.process?.output.mark();
  log?.({ implementation: input.implementation, caseId: tckCase.id }, 'Running...');
  const result = await runGuarded(tckCase, input);
  const output = mark === undefined ? undefined : input.process?.output.since(mark);

  return applyExpectedFailure(
    { ...result, ...(result.verdict === 'passed' ? {} : { libraryOutput: output }) },
    input.marks,
  );
}

async function runGuarded(tckCase: TckCase, input: LibraryRunInput): Promise<CaseResult> {
  try {
    const result = await runCase(tckCase, {
      root: input.root,
      library: input.library,
      spec: input.spec,
      patienceMs: input.patienceMs,
      implementation: input.implementation,
      log: driveLog,
    });

    if (result.failure?.callStatus !== undefined) {
      await exitOrTimeout(input.process, EXIT_GRACE_MS);
    }

    if (input.process === undefined && result.failure?.callStatus === grpc.status.UNAVAILABLE) {
      return { ...result, verdict: 'error', note: 'the library stopped answering (UNAVAILABLE)' };
    }

    if (result.verdict === 'failed' && input.process?.hasExited() === true) {
      return {
        ...result,
        verdict: 'error',
        note: `the library exited (${input.process.exitText()})`,
      };
    }

    return result;
  } catch (error) {
    return notRun(tckCase, 'error', `the TCK could not run the case: ${String(error)}`);
  }
}

/**
 * A call broken by the library's death can fail before the process exit is seen; waiting a
 * moment lets such a case be reported as the error it is rather than as a failure.
 */
async function exitOrTimeout(process: RunningLibrary | undefined, ms: number): Promise<void> {
  if (process === undefined || process.hasExited()) {
    return;
  }

  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    process.whenExited(),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}

function applyExpectedFailure(result: CaseResult, marks: CaseMarks): CaseResult {
  const mark = findMark(marks.expectedFailures, result.tckCase);
  if (mark === undefined) {
    return result;
  }

  const reason = result.failure?.reason ?? '';
  if (result.verdict === 'failed' && mark.failure !== undefined && !reason.includes(mark.failure)) {
    // A new fault in a case already known to fail must not pass as the documented one.
    const failure = result.failure ?? { step: '-', stepText: 'expected failure mark', reason };
    const otherwise = `it failed otherwise than its expected failure says ("${mark.failure}")`;
    return { ...result, failure: { ...failure, reason: `${otherwise}: ${reason}` } };
  }

  if (result.verdict === 'failed') {
    const note = `expected failure: ${mark.reason}; see ${mark.evidence ?? 'the config'}`;
    return { ...result, verdict: 'expected-failure', note, evidence: mark.evidence };
  }

  if (result.verdict === 'passed') {
    return {
      ...result,
      verdict: 'failed',
      failure: {
        step: '-',
        stepText: 'expected failure mark',
        reason: 'expected failure now passes: remove the mark',
      },
    };
  }

  return result;
}

function notRun(tckCase: TckCase, verdict: 'skipped' | 'error', note: string): CaseResult {
  return { tckCase, verdict, durationMs: 0, waitingMs: 0, note, transcript: [] };
}
