/** The JSON schema of tck.config.json; README.md documents each key. */
const text = { type: 'string', minLength: 1 };

/** A deviation is always of one case, with the file that shows its messages. */
const expectedFailure = {
  type: 'object',
  additionalProperties: false,
  properties: { case: text, reason: text, evidence: text, failure: text },
  required: ['case', 'reason', 'evidence'],
};

const skip = {
  type: 'object',
  additionalProperties: false,
  properties: { case: text, area: text, reason: text },
  required: ['reason'],
  oneOf: [{ required: ['case'] }, { required: ['area'] }],
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
      // A combination's name is its report folder's name, which the run replaces: a name such
      // as ".." would replace a folder outside the report directory.
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9._+-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['library'],
        properties: {
          description: { type: 'string' },
          library: { type: 'string', minLength: 1 },
          expectedFailures: { type: 'array', items: expectedFailure },
          skips: { type: 'array', items: skip },
        },
      },
    },
  },
} as const;
