/** Reading the tables of compliance.md and compliance.html back, as a reader would. */

export interface Table {
  header: string[];
  rows: string[][];
}

/** The markdown table that follows a heading line such as `### crdt` or `## Areas`. */
export function markdownTable(markdown: string, heading: string): Table {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) {
    throw new Error(`no heading "${heading}" in:\n${markdown}`);
  }

  const rows = tableLines(lines.slice(start + 1)).map(splitRow);
  const [header = [], , ...body] = rows;

  return { header, rows: body };
}

/** The cell of a row (found by its first cell) in a column (found by its header). */
export function cellOf(table: Table, row: string, column: string): string {
  const index = table.header.indexOf(column);
  const found = table.rows.find((cells) => cells[0] === row);
  if (index < 0 || found === undefined) {
    throw new Error(`no cell "${row}" × "${column}" in ${JSON.stringify(table, null, 2)}`);
  }

  return found[index] ?? '';
}

/** The table after an HTML heading, each cell as its class and its text without tags. */
export function htmlTable(html: string, heading: string): { header: string[]; rows: HtmlCell[][] } {
  const start = html.indexOf(heading);
  if (start < 0) {
    throw new Error(`no heading ${heading} in the page`);
  }

  const table = html.slice(start, html.indexOf('</table>', start));
  const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd](?: class="([^"]*)")?[^>]*>([\s\S]*?)<\/t[hd]>/g)].map(
      (cell) => ({ className: cell[1] ?? '', text: (cell[2] ?? '').replace(/<[^>]*>/g, '') }),
    ),
  );
  const [header = [], ...body] = rows;

  return { header: header.map((cell) => cell.text), rows: body };
}

export interface HtmlCell {
  className: string;
  text: string;
}

/** The first table in the lines: its rows up to the first line that is not one. */
function tableLines(lines: string[]): string[] {
  const first = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > first && !line.startsWith('|'));

  return lines.slice(first, end < 0 ? undefined : end);
}

/** Cells split at the pipes that are not escaped, as GFM reads a row. */
function splitRow(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}
