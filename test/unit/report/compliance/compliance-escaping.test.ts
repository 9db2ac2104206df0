import { buildCompliance } from '../../../../tck/report/compliance';
import { fakeCase, fakeResult } from '../../support/fake-case';
import { SERVICE_INFO, tempReportDir, writeRun } from './report-dir';
import { htmlTable, markdownTable } from './report-tables';

const NAME = 'x <img src=x onerror=alert(1)> | *y* [z](javascript:alert(1)) `c` &amp; #h \\ ~s~';
const REASON = '<script>alert("r")</script> | ~~gone~~ _u_ ![i](x.png)';
const SKIP = '[click](javascript:alert(1)) <!-- hidden -->';
const COMBINATION = 'we|ird <b>x';

/** The text a browser shows for an HTML fragment markdown-it wrote. */
function shown(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('text from the report files is shown as written, never as markup', () => {
  const reportDir = tempReportDir();
  writeRun(
    reportDir,
    COMBINATION,
    [
      fakeResult(fakeCase('action', NAME), 'failed', {
        failure: { step: '1', stepText: 'expect', reason: REASON },
      }),
      fakeResult(fakeCase('crdt', 'skipped one'), 'skipped', { note: SKIP }),
    ],
    { ...SERVICE_INFO, support_library_name: '<b>lib</b>|x' },
  );
  const { markdown, html } = buildCompliance(reportDir);

  test('pipes are escaped, so every row keeps its columns', () => {
    for (const heading of ['## Versions', '## Areas', '### action', '### crdt']) {
      const table = markdownTable(markdown, heading);
      for (const row of table.rows) {
        expect(row).toHaveLength(table.header.length);
      }
    }
  });

  test('the page holds no element, link or comment that came from the files', () => {
    expect(html).not.toMatch(/<(script|img|b)[\s>]/);
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/href="(?![^"]*\/transcripts\/)/);
    expect(html).toContain('&lt;script&gt;alert(&quot;r&quot;)&lt;/script&gt;');
  });

  test('the page shows names and reasons exactly as the files had them', () => {
    const table = htmlTable(html, '<h3>action</h3>');
    const crdt = htmlTable(html, '<h3>crdt</h3>');

    expect(shown(table.header[1] ?? '')).toBe(COMBINATION);
    expect(shown(table.rows[0]?.[0]?.text ?? '')).toBe(NAME);
    expect(shown(table.rows[0]?.[1]?.text ?? '')).toBe(`❌ failed: ${REASON} · transcript`);
    expect(shown(crdt.rows[0]?.[1]?.text ?? '')).toBe(`⏭️ skipped: ${SKIP}`);
    expect(shown(htmlTable(html, '<h2>Versions</h2>').rows[0]?.[2]?.text ?? '')).toBe(
      '<b>lib</b>|x 0.9.0',
    );
  });

  test('the transcript link of a case whose id needs escaping still points at its file', () => {
    expect(html).toMatch(
      /<a href="we%7Cird%20%3Cb%3Ex\/transcripts\/action-x-img-src-x-[^"]*\.txt">/,
    );
  });
});
