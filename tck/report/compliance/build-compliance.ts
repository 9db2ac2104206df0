import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TckError } from '../../errors/tck-error';
import { complianceHtml } from './compliance-html';
import { complianceMarkdown } from './compliance-markdown';
import { complianceMatrix } from './compliance-matrix';
import type { ComplianceOptions } from './compliance-matrix';
import { problemOf } from './report-error';

export const COMPLIANCE_MARKDOWN = 'compliance.md';
export const COMPLIANCE_HTML = 'compliance.html';

export interface ComplianceReport {
  markdown: string;
  html: string;
}

/**
 * The compliance report of every combination whose summary.json and junit.xml are under
 * reportDir, read from disk so that reports from other machines merge the same way. Writes
 * nothing; throws a TckError (TCK_REPORT_UNREADABLE) naming the file that cannot be used.
 */
export function buildCompliance(
  reportDir: string,
  options: ComplianceOptions = {},
): ComplianceReport {
  const markdown = complianceMarkdown(complianceMatrix(reportDir, options));

  return { markdown, html: complianceHtml(markdown) };
}

/** Builds the report and writes `<reportDir>/compliance.md` and `compliance.html`. */
export function writeCompliance(
  reportDir: string,
  options: ComplianceOptions = {},
): { markdownFile: string; htmlFile: string } {
  const report = buildCompliance(reportDir, options);
  const markdownFile = join(reportDir, COMPLIANCE_MARKDOWN);
  const htmlFile = join(reportDir, COMPLIANCE_HTML);

  for (const [file, text] of [
    [markdownFile, report.markdown],
    [htmlFile, report.html],
  ] as const) {
    try {
      writeFileSync(file, text);
    } catch (error) {
      throw new TckError(
        'TCK_REPORT_UNWRITABLE',
        `Cannot write the compliance report ${file}: ${problemOf(error)}. Make the report ` +
          'directory writable, or pass another one.',
        { cause: error },
      );
    }
  }

  return { markdownFile, htmlFile };
}
