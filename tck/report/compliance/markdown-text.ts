/**
 * Text from report files, made safe to stand in markdown: every character markdown could read
 * as syntax is escaped with a backslash (which CommonMark allows before any punctuation), so
 * that a reason such as `<b>|*x*` shows as written and cannot break a table or inject HTML.
 * What markdown reads as text anyway stays bare, to keep the file readable: `_` inside a word
 * (`side_effects`), `&` that starts no entity, and `>` away from a line's start.
 */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*[\]<|~#]/g, '\\$&')
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^>/, '\\>');
}

/** An inline code span, for codes and names outside tables; pipes would split a table cell. */
export function mdCode(text: string): string {
  const line = oneLine(text);
  const fence = '`'.repeat(longestRun(line, '`') + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';

  return `${fence}${pad}${line}${pad}${fence}`;
}

/** A fenced block that keeps a multi-line message as it is, whatever backticks it holds. */
export function mdCodeBlock(text: string): string {
  const fence = '`'.repeat(Math.max(3, longestRun(text, '`') + 1));

  return `${fence}text\n${text.replace(/\n+$/, '')}\n${fence}`;
}

/** A link whose href the caller has encoded already. */
export function mdLink(text: string, href: string): string {
  return `[${mdText(text)}](${href})`;
}

/** A line of a table; the cells are markdown already. */
export function mdRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** At most `max` characters, cut at a word where it can be; the transcript has the rest. */
export function clip(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) {
    return line;
  }

  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');

  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;

  for (const c of text) {
    run = c === char ? run + 1 : 0;
    longest = Math.max(longest, run);
  }

  return longest;
}
