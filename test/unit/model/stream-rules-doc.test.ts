import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { streamRulesDoc } from '../../../scripts/stream-rules-doc';

describe('docs/stream-rules.md', () => {
  test('is generated from the current rule table', () => {
    const committed = readFileSync(join(__dirname, '../../../docs/stream-rules.md'), 'utf8');

    expect(committed).toBe(streamRulesDoc());
  });
});
