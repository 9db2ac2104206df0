import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STREAM_RULES } from '../model/stream-rules';
import { packageRoot } from '../tck/package-root';

const WHOSE = { in: 'proxy', out: 'user function', both: 'both' } as const;

/** docs/stream-rules.md is written from the rule table, so the two cannot drift apart. */
export function streamRulesDoc(): string {
  const rows = STREAM_RULES.map((rule) => {
    const whose = WHOSE[rule.direction];

    return `| \`${rule.id}\` | ${whose} | ${rule.protocols.join(', ')} | ${rule.statement} |`;
  });

  return [
    '# Stream rules',
    '',
    'The protocol 0.2 rules every entity stream must keep, each with a stable id. The TCK checks',
    "them on every message as it passes, whatever a case expects, and a failure names the rule's",
    'id. Generated from `model/stream-rule-checks/rule-table.ts` by `npm run docs:rules`; a unit',
    "test keeps the two in step. In the library run only the user function's side is judged.",
    '',
    '| Id | Whose messages | Protocols | Rule |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

if (require.main === module) {
  writeFileSync(join(packageRoot(), 'docs', 'stream-rules.md'), streamRulesDoc());
}
