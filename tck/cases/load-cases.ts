import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'yaml';
import type * as protobuf from 'protobufjs';
import type { Msg } from '../../model/message';
import { encodeMessage } from '../codec/encode';
import { protoRoot } from '../codec/proto-root';
import { TckError } from '../errors/tck-error';
import { packageRoot } from '../package-root';
import { CALL_SHAPES } from './call-kinds';
import { CASE_SCHEMA } from './case-schema';
import { defaultCasesDir, parseCaseFiles, readCompiledCases } from './case-files';
import type { RawCaseFile } from './case-files';
import { caseId } from './tck-case';
import type { Area, CallKind, Step, TckCase } from './tck-case';

interface CaseFile {
  name: string;
  area: Area;
  requires: string[];
  steps: unknown[];
}

const validateFile = new Ajv({ allErrors: true }).compile<CaseFile>(CASE_SCHEMA);

/** Every case under fixtures/cases, in the order of the areas and then of their files. */
export function loadCases(casesDir = defaultCasesDir(), options = { fresh: false }): TckCase[] {
  const compiled = options.fresh ? undefined : readCompiledCases(casesDir);
  if (compiled !== undefined) {
    return compiled;
  }

  const cases = parseCaseFiles(casesDir).map((file) => toCase(file));

  rejectDuplicateIds(cases);

  return cases;
}

export function loadCase(path: string): TckCase {
  return toCase({ path, data: parse(readFileSync(path, 'utf8')) as unknown });
}

function toCase({ path, data }: RawCaseFile): TckCase {
  const file = relative(packageRoot(), path);

  if (!validateFile(data)) {
    const problems = (validateFile.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    throw invalidCase(file, `does not follow docs/fixtures.md: ${problems.join('; ')}`);
  }

  const steps = data.steps.flatMap(toSteps);
  checkMessages(protoRoot(), file, steps, undefined);

  return {
    id: caseId(data.area, data.name),
    name: data.name,
    area: data.area,
    requires: data.requires,
    steps,
    file,
  };
}

function toSteps(raw: unknown): Step[] {
  if (raw === 'passivate') {
    return [{ kind: 'complete' }, { kind: 'expect-complete' }];
  }

  return [toStep(raw)];
}

function toStep(raw: unknown): Step {
  if (raw === 'complete' || raw === 'expect-complete') {
    return { kind: raw };
  }

  const step = raw as Record<string, Record<string, unknown>>;

  if ('open' in step) {
    return { kind: 'open', call: step.open as unknown as CallKind };
  }
  if ('send' in step) {
    return { kind: 'send', message: step.send as Msg };
  }
  if ('expect' in step) {
    const extra = raw as { sort?: string; match?: string };
    return {
      kind: 'expect',
      message: step.expect as Msg,
      sortDelta: extra.sort === 'crdt-delta',
      partial: extra.match === 'partial',
    };
  }
  if ('branch' in step) {
    const branch = step.branch as { on: string; 'if-true': unknown[]; 'if-false': unknown[] };
    return {
      kind: 'branch',
      on: branch.on,
      ifTrue: branch['if-true'].flatMap(toSteps),
      ifFalse: branch['if-false'].flatMap(toSteps),
    };
  }

  const discovery = step.discovery as { entities?: Msg[]; services?: string[] };
  return {
    kind: 'discovery',
    entities: discovery.entities ?? [],
    services: discovery.services ?? [],
  };
}

/** Encodes every message once, so a typo in a fixture fails at load, naming file and field. */
function checkMessages(
  root: protobuf.Root,
  file: string,
  steps: Step[],
  call: CallKind | undefined,
): CallKind | undefined {
  let open = call;

  for (const [index, step] of steps.entries()) {
    if (step.kind === 'open') {
      open = step.call;
    } else if (step.kind === 'send' || step.kind === 'expect') {
      if (open === undefined) {
        throw invalidCase(file, `step ${index + 1} comes before any "open" step`);
      }
      const shape = CALL_SHAPES[open];
      const type = step.kind === 'send' ? shape.input : shape.output;
      try {
        encodeMessage(root, type, step.message);
      } catch (cause) {
        throw invalidCase(file, `step ${index + 1}: ${String(cause)}`);
      }
    } else if (step.kind === 'branch') {
      checkMessages(root, file, step.ifTrue, open);
      checkMessages(root, file, step.ifFalse, open);
    }
  }

  return open;
}

function rejectDuplicateIds(cases: TckCase[]): void {
  const seen = new Map<string, string>();

  for (const tckCase of cases) {
    const other = seen.get(tckCase.id);
    if (other !== undefined) {
      throw invalidCase(tckCase.file, `repeats the case id "${tckCase.id}" of ${other}`);
    }
    seen.set(tckCase.id, tckCase.file);
  }
}

function invalidCase(file: string, problem: string): TckError {
  return new TckError('TCK_FIXTURE_INVALID', `Fixture "${file}" ${problem}.`);
}
