import { loadCases } from '../../../tck/cases/load-cases';
import { junitXml } from '../../../tck/report/junit-report';
import type { CaseResult } from '../../../tck/run/case-result';
import { readEntitySpec } from '../../../tck/run/discovered-spec';
import { runLibraryCases } from '../../../tck/run/library-run';
import { BrokenLibrary, root } from '../support/broken-library';
import { fakeCase, fakeResult } from '../support/fake-case';

const rerun = (id: string): string => `npx cloudstate-tck --filter '${id}'`;

/** The <testcase> element of one case, up to the next one: its name is the spec's test name. */
function testCase(xml: string, name: string): string {
  const found = xml.split('<testcase ').find((text) => text.includes(` name="${name}"`));
  if (found === undefined) {
    throw new Error(`no testcase "${name}" in:\n${xml}`);
  }

  return found;
}

describe('junit.xml from a real run with marks', () => {
  const [marked, unmarked] = loadCases().filter((c) => c.area === 'action' && c.steps.length > 1);
  const skippedArea = loadCases().find((c) => c.area === 'crdt');
  let xml = '';
  let results: CaseResult[] = [];

  beforeAll(async () => {
    if (marked === undefined || unmarked === undefined || skippedArea === undefined) {
      throw new Error('the fixtures lack the cases this test needs');
    }
    const library = new BrokenLibrary();

    results = await runLibraryCases({
      implementation: 'broken',
      root,
      library,
      process: undefined,
      spec: readEntitySpec(root, await library.discover()),
      cases: [marked, unmarked, skippedArea],
      marks: {
        expectedFailures: [
          { case: marked.id, reason: 'drops the side effects', evidence: 'docs/deviations/x.md' },
        ],
        skips: [{ area: 'crdt', reason: 'CRDTs are not supported' }],
      },
      patienceMs: 50,
      onResult: () => undefined,
    });
    xml = junitXml('broken', results, rerun);
  });

  test('the run judged the cases as the marks say', () => {
    expect(results.map((result) => result.verdict)).toEqual([
      'expected-failure',
      'failed',
      'skipped',
    ]);
  });

  test('an expected failure is skipped with "expected failure: <reason>; see <evidence>"', () => {
    const element = testCase(xml, marked?.name ?? '');

    expect(element).toContain(
      '<skipped message="expected failure: drops the side effects; see docs/deviations/x.md"/>',
    );
    expect(element).toContain('<system-out>');
    expect(element).not.toContain('<failure');
  });

  test('a failure carries the reason as its message and the failure text inside', () => {
    const element = testCase(xml, unmarked?.name ?? '');
    const reason = results[1]?.failure?.reason ?? '';

    expect(reason).toContain('handler crashed');
    expect(element).toContain(`<failure message="${reason}"`);
    expect(element).toContain(`<![CDATA[${unmarked?.id}\n  at step `);
    expect(element).toContain(`rerun: npx cloudstate-tck --filter '${unmarked?.id}'`);
  });

  test('a case skipped by an area mark carries the mark reason', () => {
    expect(testCase(xml, skippedArea?.name ?? '')).toContain(
      '<skipped message="CRDTs are not supported"/>',
    );
  });

  test('one testsuite per area, named by the area', () => {
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toMatch(/<testsuite name="action" tests="2" failures="1" errors="0" skipped="1"/);
    expect(xml).toMatch(/<testsuite name="crdt" tests="1" failures="0" errors="0" skipped="1"/);
  });
});

describe('junit.xml for results made by hand', () => {
  const results = [
    fakeResult(fakeCase('action', 'a passes'), 'passed'),
    fakeResult(fakeCase('value-entity', 'b errs'), 'error', {
      note: 'the library exited (signal SIGKILL) earlier',
    }),
    fakeResult(fakeCase('value-entity', 'c "quoted" <fails>'), 'failed', {
      failure: { step: '3', stepText: 'expect', reason: 'expected <a> & "b"' },
      libraryOutput: ['panic: oops'],
    }),
  ];
  const xml = junitXml('hand', results, rerun);

  test('testcases take their class from the combination and area, and their file', () => {
    expect(
      testCase(xml, 'a passes').startsWith(
        'classname="hand.action" name="a passes" file="fixtures/cases/action/a-passes.yaml" ' +
          'time="0.012"/>',
      ),
    ).toBe(true);
  });

  test('a failure escapes its reason and keeps the library output', () => {
    const failed = testCase(xml, 'c &quot;quoted&quot; &lt;fails>');

    expect(failed).toContain('<failure message="expected &lt;a> &amp; &quot;b&quot;">');
    expect(failed).toContain('<system-out><![CDATA[panic: oops]]></system-out>');
  });

  test('an error is an <error> with its note and the failure text, not a failure', () => {
    const errored = testCase(xml, 'b errs');

    expect(errored).toContain(
      '<error message="the library exited (signal SIGKILL) earlier">' +
        '<![CDATA[value-entity/b errs\n',
    );
    expect(errored).not.toContain('<failure');
    expect(xml).toMatch(
      /<testsuite name="value-entity" tests="2" failures="1" errors="1" skipped="0"/,
    );
  });

  test('areas group their cases whatever the order', () => {
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toMatch(/<testsuite name="action" tests="1" failures="0" errors="0" skipped="0"/);
    expect(xml).toMatch(/<testsuite name="value-entity" tests="2" /);
  });
});
