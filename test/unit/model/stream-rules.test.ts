import { STREAM_RULES, checkStream, createStreamRuleChecker } from '../../../model/stream-rules';
import { cmd, init, out, reply, ruleCases } from './stream-rule-cases';

describe('stream rules', () => {
  it('has a test case for every rule in the table', () => {
    expect(ruleCases.map((c) => c.ruleId).sort()).toEqual(STREAM_RULES.map((r) => r.id).sort());
  });

  it('gives every rule a unique id and a one-line statement', () => {
    expect(new Set(STREAM_RULES.map((r) => r.id)).size).toBe(STREAM_RULES.length);
    for (const rule of STREAM_RULES) {
      expect(rule.statement).not.toContain('\n');
    }
  });

  describe.each(ruleCases)('$ruleId', ({ ruleId, protocol, conforming, violating, at }) => {
    it('accepts a conforming stream', () => {
      expect(checkStream(protocol, conforming)).toEqual([]);
    });

    it('catches a violating stream', () => {
      expect(checkStream(protocol, violating)).toContainEqual({
        ruleId,
        message: expect.any(String),
        index: at,
      });
    });
  });
});

describe('stream rule checker', () => {
  it('reports a command left without a reply when the stream finishes', () => {
    const checker = createStreamRuleChecker('eventsourced');
    checker.feed('in', { init: { entity_id: 'e' } });
    checker.feed('in', { command: { entity_id: 'e', id: 1 } });

    expect(checker.finish()).toEqual([
      { ruleId: 'one-reply-per-command', message: expect.stringContaining('1'), index: 2 },
    ]);
  });

  it('no longer owes replies after a stream-level failure', () => {
    const steps = [init(), cmd(1), cmd(2), out({ failure: { command_id: 1, description: 'x' } })];

    expect(checkStream('valueentity', steps)).toEqual([]);
  });

  it('returns each violation as it is fed, and keeps them all', () => {
    const checker = createStreamRuleChecker('valueentity');

    expect(checker.feed('out', { reply: { command_id: 9 } })).toHaveLength(1);
    expect(checker.feed('in', { init: { entity_id: 'e' } })).toHaveLength(0);
    expect(checker.violations().map((v) => v.ruleId)).toEqual(['reply-known-command']);
  });

  it('lets CRDT replies come out of command order', () => {
    expect(checkStream('crdt', [init(), cmd(1), cmd(2), reply(2), reply(1)])).toEqual([]);
  });
});
