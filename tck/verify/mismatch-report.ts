import { DIFF_DELETE, DIFF_INSERT, diffLinesRaw } from 'jest-diff';
import type { Msg } from '../../model/message';

const MAX_COLUMN = 96;

interface Row {
  left: string;
  right: string;
  differs: boolean;
}

/**
 * Expected and received side by side as readable JSON: rows that differ are marked with `≠`,
 * and the differing fields are listed by path above them. The line diff comes from jest-diff.
 */
export function mismatchReport(expected: Msg, received: Msg, paths: string[]): string {
  const rows = alignedRows(json(expected), json(received));
  const width = Math.min(MAX_COLUMN, Math.max(8, ...rows.map((row) => row.left.length)));
  const header = `  ${'expected'.padEnd(width)}   received`;
  const body = rows.map(
    (row) => `${row.differs ? '≠' : ' '} ${clip(row.left, width).padEnd(width)} │ ${row.right}`,
  );

  return [`differing fields: ${paths.join(', ')}`, header, ...body].join('\n');
}

function alignedRows(left: string[], right: string[]): Row[] {
  const rows: Row[] = [];
  let deleted: string[] = [];
  let inserted: string[] = [];

  const flush = (): void => {
    const count = Math.max(deleted.length, inserted.length);
    for (let i = 0; i < count; i += 1) {
      rows.push({ left: deleted[i] ?? '', right: inserted[i] ?? '', differs: true });
    }
    deleted = [];
    inserted = [];
  };

  for (const change of diffLinesRaw(left, right)) {
    if (change[0] === DIFF_DELETE) {
      deleted.push(change[1]);
    } else if (change[0] === DIFF_INSERT) {
      inserted.push(change[1]);
    } else {
      flush();
      rows.push({ left: change[1], right: change[1], differs: false });
    }
  }
  flush();

  return rows;
}

function json(message: Msg): string[] {
  return JSON.stringify(message, null, 2).split('\n');
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
