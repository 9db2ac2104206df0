import MarkdownIt from 'markdown-it';
import type { CellKind } from './case-cell';
import { cellKindOf } from './cell-marks';

/**
 * Raw HTML is off, so that anything of a report file that got past the markdown escaping still
 * shows as text; markdown-it's link check also refuses `javascript:` and similar hrefs.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

// A verdict cell gets a class from its icon, so that the page can colour it.
markdown.core.ruler.push('compliance_cell_classes', (state) => {
  state.tokens.forEach((token, index) => {
    const content = state.tokens[index + 1]?.content ?? '';
    const kind = token.type === 'td_open' ? cellKindOf(content) : undefined;
    if (kind !== undefined) {
      token.attrJoin('class', `cell-${kind}`);
    }
  });
});

const COLOURS: Record<CellKind, string> = {
  passed: '#dcf5e0',
  failed: '#fbd5d5',
  skipped: '#ececec',
  'expected-failure': '#fff1c2',
  error: '#f6cdee',
  disagreement: '#ffd8a8',
  'not-started': '#e3d7f5',
  'not-run': '#f7f7f7',
};

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem; color: #1f2328; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: left;
  vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; }
td:first-child, td.cell-passed, td.cell-not-started, td.cell-not-run { white-space: nowrap; }
code, pre { font: 12px/1.4 ui-monospace, monospace; }
pre { background: #f6f8fa; padding: 0.75rem; overflow-x: auto; }
${Object.entries(COLOURS)
  .map(([kind, colour]) => `td.cell-${kind} { background: ${colour}; }`)
  .join('\n')}
`;

/** compliance.html: the markdown, rendered, in a page whose CSS colours the verdict cells. */
export function complianceHtml(markdownText: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Cloudstate TCK compliance</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    markdown.render(markdownText).trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
