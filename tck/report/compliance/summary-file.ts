import Ajv from 'ajv';
import type { Msg } from '../../../model/message';
import { schemaProblems } from '../../config/schema-problems';
import type { Verdict } from '../../run/case-result';
import type { Counts } from '../run-summary';
import type { CombinationFiles } from './report-files';
import { problemOf, reportUnreadable } from './report-error';

/** One case of summary.json, as the run wrote it. */
export interface SummaryCase {
  id: string;
  verdict: Verdict;
  note?: string;

  /** The failure's reason, when the case did not pass. */
  reason?: string;

  /** The expected-failure mark's evidence file; read when summary.json carries it. */
  evidence?: string;
}

/** The part of summary.json the compliance report reads; newer fields are left alone. */
export interface SummaryFile extends Counts {
  combination: string;
  library: string;
  tckVersion: string;
  protocol: string;
  serviceInfo: Msg;

  /** Absent from summaries written before the TCK recorded the proxy's ProxyInfo. */
  proxyInfo?: Msg;
  startupError?: { code: string; message: string };

  /** Absent when the run never reached its cases. */
  cases?: SummaryCase[];
}

const count = { type: 'integer', minimum: 0 };

const SUMMARY_SCHEMA = {
  type: 'object',
  required: [
    'combination',
    'library',
    'tckVersion',
    'protocol',
    'serviceInfo',
    'passed',
    'failed',
    'skipped',
    'expectedFailures',
    'errors',
  ],
  properties: {
    combination: { type: 'string' },
    library: { type: 'string' },
    tckVersion: { type: 'string' },
    protocol: { type: 'string' },
    serviceInfo: { type: 'object' },
    proxyInfo: { type: 'object' },
    passed: count,
    failed: count,
    skipped: count,
    expectedFailures: count,
    errors: count,
    startupError: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
    cases: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'verdict'],
        properties: {
          id: { type: 'string', pattern: '^[^/]+/.' },
          verdict: { enum: ['passed', 'failed', 'skipped', 'expected-failure', 'error'] },
          note: { type: 'string' },
          reason: { type: 'string' },
          evidence: { type: 'string' },
        },
      },
    },
  },
};

const validate = new Ajv({ allErrors: true, verbose: true }).compile<SummaryFile>(SUMMARY_SCHEMA);

export function parseSummary(files: CombinationFiles): SummaryFile {
  let data: unknown;
  try {
    data = JSON.parse(files.summaryText);
  } catch (error) {
    throw reportUnreadable(files.summaryPath, `it is not JSON (${problemOf(error)})`, files.advice);
  }

  if (!validate(data)) {
    const problems = schemaProblems(validate.errors ?? []).join('; ');
    throw reportUnreadable(
      files.summaryPath,
      `it is not a TCK run summary (${problems})`,
      files.advice,
    );
  }

  // A run lists its cases, or says why it never reached them; a summary with neither tells
  // nothing of the library.
  if (data.cases === undefined && data.startupError === undefined) {
    throw reportUnreadable(
      files.summaryPath,
      'it is not a TCK run summary (it has neither "cases" nor "startupError")',
      files.advice,
    );
  }

  return data;
}
