import builder from 'junit-report-builder';
import type { TestCase } from 'junit-report-builder';
import type { CaseResult } from '../run/case-result';
import { failureText } from './failure-text';

interface XmlNode {
  name?: string;
  children?: XmlNode[];
  att(name: string, value: string): XmlNode;
}

/**
 * junit.xml: one testsuite per area, test cases named as the spec names them. Skipped cases
 * carry their reason, which junit-report-builder has no call for, so it is added to the
 * `<skipped>` element once the library has built it. Every suite carries the run's versions as
 * properties, since CI services show a suite's properties but not a separate summary file.
 */
export function junitXml(
  combination: string,
  results: CaseResult[],
  rerun: (id: string) => string,
  properties: Record<string, string> = {},
): string {
  const report = builder.newBuilder().name(`cloudstate-tck ${combination}`);
  const suites = new Map<string, ReturnType<typeof report.testSuite>>();

  for (const result of results) {
    const area = result.tckCase.area;
    let suite = suites.get(area);
    if (suite === undefined) {
      suite = report.testSuite().name(area);
      for (const [name, value] of Object.entries(properties)) {
        suite.property(name, value);
      }
      suites.set(area, suite);
    }

    const testCase = suite
      .testCase()
      .className(`${combination}.${area}`)
      .name(result.tckCase.name)
      .file(result.tckCase.file)
      .time(Math.round(result.durationMs) / 1000);

    describeVerdict(testCase, result, rerun(result.tckCase.id));
  }

  return report.build();
}

function describeVerdict(testCase: TestCase, result: CaseResult, rerun: string): void {
  switch (result.verdict) {
    case 'passed':
      return;
    case 'skipped':
    case 'expected-failure':
      testCase.skipped();
      withSkipMessage(testCase, result.note ?? 'skipped');
      if (result.verdict === 'expected-failure') {
        testCase.standardOutput(failureText(result, rerun));
      }
      return;
    case 'failed':
      testCase.failure(result.failure?.reason ?? result.note ?? 'failed');
      testCase.stacktrace(failureText(result, rerun));
      break;
    case 'error':
      // The builder's stacktrace() would also mark the case failed, so the text goes with error.
      testCase.error(result.note ?? 'error', undefined, failureText(result, rerun));
      break;
  }

  testCase.standardOutput((result.libraryOutput ?? []).join('\n'));
}

function withSkipMessage(testCase: TestCase, message: string): void {
  const build = testCase.build.bind(testCase);

  testCase.build = (parent) => {
    const element = build(parent) as unknown as XmlNode;
    element.children?.find((child) => child.name === 'skipped')?.att('message', message);

    return element as unknown as ReturnType<typeof build>;
  };
}
