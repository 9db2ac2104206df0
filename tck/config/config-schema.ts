/** The JSON schema of tck.config.json; README.md documents each key. */
const markedCase = {
  type: 'object',
  additionalProperties: false,
  properties: {
    case: { type: 'string', minLength: 1 },
    area: { type: 'string', minLength: 1 },
    reason: { type: 'string', minLength: 1 },
    evidence: { type: 'string', minLength: 1 },
  },
};

export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['implementations', 'combinations'],
  properties: {
    $schema: { type: 'string' },
    implementations: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          description: { type: 'string' },
          command: { type: 'string', minLength: 1 },
          address: { type: 'string', pattern: '^[^:]+:[0-9]+$' },
          image: { type: 'string', minLength: 1, pattern: '^\\S+$' },
          args: { type: 'array', items: { type: 'string' } },
          pull: { enum: ['always', 'missing', 'never'] },
          env: { type: 'object', additionalProperties: { type: 'string' } },
          setup: { type: 'string', minLength: 1 },
        },
        oneOf: [{ required: ['command'] }, { required: ['address'] }, { required: ['image'] }],
        dependencies: { args: ['image'], pull: ['image'] },
      },
    },
    combinations: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['library'],
        properties: {
          description: { type: 'string' },
          library: { type: 'string', minLength: 1 },
          expectedFailures: {
            type: 'array',
            items: { ...markedCase, required: ['case', 'reason', 'evidence'] },
          },
          skips: {
            type: 'array',
            items: {
              ...markedCase,
              required: ['reason'],
              oneOf: [{ required: ['case'] }, { required: ['area'] }],
            },
          },
        },
      },
    },
  },
} as const;
