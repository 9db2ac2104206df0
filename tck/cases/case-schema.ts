import { AREAS, CALL_KINDS } from './tck-case';

const message = { type: 'object' };
const stepList = { type: 'array', items: { $ref: '#/$defs/step' } };

const oneKey = (key: string, value: object, extra: Record<string, object> = {}): object => ({
  type: 'object',
  required: [key],
  properties: { [key]: value, ...extra },
  additionalProperties: false,
});

/** The JSON schema of a fixture file (docs/fixtures.md). */
export const CASE_SCHEMA = {
  type: 'object',
  required: ['name', 'area', 'requires', 'steps'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    area: { enum: [...AREAS] },
    requires: { type: 'array', items: { type: 'string' } },
    steps: { ...stepList, minItems: 1 },
  },
  $defs: {
    step: {
      oneOf: [
        { enum: ['complete', 'expect-complete', 'passivate'] },
        oneKey('open', { enum: [...CALL_KINDS] }),
        oneKey('send', message),
        oneKey('expect', message, {
          sort: { enum: ['crdt-delta'] },
          match: { enum: ['partial'] },
        }),
        oneKey('branch', {
          type: 'object',
          required: ['on', 'if-true', 'if-false'],
          additionalProperties: false,
          properties: { on: { type: 'string' }, 'if-true': stepList, 'if-false': stepList },
        }),
        oneKey('discovery', {
          type: 'object',
          additionalProperties: false,
          properties: {
            entities: { type: 'array', items: message },
            services: { type: 'array', items: { type: 'string' } },
          },
        }),
      ],
    },
  },
} as const;
