/**
 * The "message form": how every part of the TCK writes a protobuf message as plain data.
 *
 * - Field names are the .proto names (snake_case), and only present fields appear.
 * - A sub-message that is present but empty is written `{}`; an absent one is left out.
 * - Scalars at their default value are left out, except inside a oneof, where setting the
 *   member is what carries the meaning.
 * - 64-bit integers are numbers while they are safe integers, and decimal strings beyond.
 * - Enums are written by name, bytes as base64 strings.
 * - A `google.protobuf.Any` is an object with an `@type` key holding the full type URL:
 *   - `type.googleapis.com/<name>`: the remaining keys are the fields of that message;
 *   - `p.cloudstate.io/string`: the string is under `@value`;
 *   - `json.cloudstate.io/<name>`: the JSON text is under `@json`;
 *   - any other type URL: the raw value bytes are under `@bytes`, in base64.
 *   In fixtures a bare message name may stand for `type.googleapis.com/<name>`.
 */
export type Msg = { [field: string]: Value };

export type Value = string | number | boolean | null | Msg | Value[];

export const TYPE_KEY = '@type';
export const PRIMITIVE_VALUE_KEY = '@value';
export const JSON_VALUE_KEY = '@json';
export const BYTES_VALUE_KEY = '@bytes';

export const GOOGLE_TYPE_PREFIX = 'type.googleapis.com/';
export const PRIMITIVE_STRING_TYPE = 'p.cloudstate.io/string';
export const JSON_TYPE_PREFIX = 'json.cloudstate.io/';

/** An Any holding a message of the named protobuf type. */
export function anyOf(typeName: string, fields: Msg = {}): Msg {
  return { [TYPE_KEY]: GOOGLE_TYPE_PREFIX + typeName, ...fields };
}

/** An Any holding a Cloudstate primitive string. */
export function primitiveString(value: string): Msg {
  return { [TYPE_KEY]: PRIMITIVE_STRING_TYPE, [PRIMITIVE_VALUE_KEY]: value };
}

/** Reads a field that holds a sub-message, or undefined when it is absent. */
export function messageField(msg: Msg | undefined, field: string): Msg | undefined {
  const value = msg?.[field];

  return isMsg(value) ? value : undefined;
}

/** Reads a repeated field as a list, empty when absent. */
export function listField(msg: Msg | undefined, field: string): Value[] {
  const value = msg?.[field];

  return Array.isArray(value) ? value : [];
}

export function isMsg(value: unknown): value is Msg {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
