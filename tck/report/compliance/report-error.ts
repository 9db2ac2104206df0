import { TckError } from '../../errors/tck-error';

/** A report file that cannot be used, with what to do about it. */
export function reportUnreadable(file: string, problem: string, todo: string): TckError {
  return new TckError(
    'TCK_REPORT_UNREADABLE',
    `Cannot use the report file ${file}: ${problem}. ${todo}`,
  );
}

/** What to do about a combination's report: write it again, or leave it out of the matrix. */
export function rerunAdvice(reportDir: string, combination: string, dir: string): string {
  return (
    `Run the combination again (npx cloudstate-tck --combination ${combination} ` +
    `--report-dir ${reportDir}) to write it anew, or move the folder ${dir} out of ${reportDir}.`
  );
}

/** The message of an error thrown by node:fs or a parser, without a stack. */
export function problemOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);

  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}
