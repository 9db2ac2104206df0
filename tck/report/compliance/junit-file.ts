import { XMLParser } from 'fast-xml-parser';
import type { Verdict } from '../../run/case-result';
import type { CombinationFiles } from './report-files';
import { problemOf, reportUnreadable } from './report-error';

/** One `<testcase>`: its id is `<testsuite name>/<testcase name>`, as in summary.json. */
export interface JunitCase {
  id: string;
  verdict: Verdict;

  /** The message of its `<failure>`, `<error>` or `<skipped>`. */
  message?: string;
}

export interface JunitFile {
  cases: JunitCase[];

  /** The `<error>` of the `start-up` testsuite a run that could not start writes. */
  startupError?: { code: string; message: string };
}

/** The testsuite a run that could not start writes instead of its areas. */
const STARTUP_SUITE = 'start-up';

/** junit.xml writes an expected failure as a skip whose message starts so. */
const EXPECTED_FAILURE = 'expected failure:';

type Element = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

export function parseJunit(files: CombinationFiles): JunitFile {
  let document: Element;
  try {
    document = asElement(parser.parse(files.junitText, true)) ?? {};
  } catch (error) {
    throw reportUnreadable(files.junitPath, `it is not XML (${problemOf(error)})`, files.advice);
  }

  const root = asElement(document.testsuites) ?? document;
  const suites = asList(root.testsuite);
  if (suites.length === 0) {
    throw reportUnreadable(files.junitPath, 'it has no <testsuite> element', files.advice);
  }

  const cases: JunitCase[] = [];
  let startupError: JunitFile['startupError'];

  for (const suite of suites) {
    const area = attribute(suite, 'name');
    for (const testCase of asList(suite.testcase)) {
      if (area === STARTUP_SUITE) {
        startupError ??= startupErrorOf(testCase);
      } else {
        cases.push(junitCase(area, testCase));
      }
    }
  }

  return startupError === undefined ? { cases } : { cases, startupError };
}

function junitCase(area: string, testCase: Element): JunitCase {
  const id = `${area}/${attribute(testCase, 'name')}`;

  // A testcase has at most one of these; an error outranks a failure if a writer added both.
  for (const [child, verdict] of [
    ['error', 'error'],
    ['failure', 'failed'],
  ] as const) {
    if (child in testCase) {
      return { id, verdict, ...messageOf(testCase[child]) };
    }
  }

  if ('skipped' in testCase) {
    const message = messageOf(testCase.skipped);
    const expected = message.message?.startsWith(EXPECTED_FAILURE) === true;

    return { id, verdict: expected ? 'expected-failure' : 'skipped', ...message };
  }

  return { id, verdict: 'passed' };
}

function startupErrorOf(testCase: Element): JunitFile['startupError'] {
  const error = asElement(testCase.error);
  if (error === undefined) {
    return undefined;
  }

  const text = typeof error['#text'] === 'string' ? error['#text'] : undefined;
  const message = text ?? attribute(error, 'message');
  const code = attribute(error, 'type') || (message.match(/^(TCK_[A-Z_]+):/)?.[1] ?? '');

  return { code, message };
}

function messageOf(child: unknown): { message?: string } {
  const message = asElement(child)?.['@_message'];

  return typeof message === 'string' ? { message } : {};
}

function attribute(element: Element, name: string): string {
  const value = element[`@_${name}`];

  return typeof value === 'string' ? value : '';
}

function asElement(value: unknown): Element | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Element)
    : undefined;
}

function asList(value: unknown): Element[] {
  return Array.isArray(value) ? value.map(asElement).filter((e) => e !== undefined) : [];
}
