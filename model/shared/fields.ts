import type { Msg, Value } from '../message';
import { isMsg, listField } from '../message';

/** An int64 in the message form: a number while safe, a decimal string beyond. */
export type Int64 = number | string;

/** Reads a string field; absent means the proto3 default, the empty string. */
export function stringField(msg: Msg | undefined, field: string): string {
  const value = msg?.[field];

  return typeof value === 'string' ? value : '';
}

export function boolField(msg: Msg | undefined, field: string): boolean {
  return msg?.[field] === true;
}

/** Reads an int64 field as written, so that echoing it back keeps every digit. */
export function int64Field(msg: Msg | undefined, field: string): Int64 {
  const value = msg?.[field];

  return typeof value === 'number' || typeof value === 'string' ? value : 0;
}

export function int64Number(value: Int64): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Reads a repeated message field, skipping anything that is not a message. */
export function messageList(msg: Msg | undefined, field: string): Msg[] {
  return listField(msg, field).filter(isMsg);
}

/** The string value of a metadata entry, or '' when there is none. */
export function metadataString(msg: Msg | undefined, key: string): string {
  const metadata = isMsg(msg?.metadata) ? msg.metadata : undefined;
  const entry = messageList(metadata, 'entries').find((e) => stringField(e, 'key') === key);

  return stringField(entry, 'string_value');
}

/**
 * Builds a message from fields, leaving out those at their proto3 default, as the message form
 * requires. Present sub-messages stay even when empty.
 */
export function omitDefaults(fields: { [field: string]: Value | undefined }): Msg {
  const msg: Msg = {};

  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined && !isDefaultScalar(value)) {
      msg[field] = value;
    }
  }

  return msg;
}

function isDefaultScalar(value: Value): boolean {
  if (Array.isArray(value)) {
    return value.length === 0;
  }

  return value === '' || value === 0 || value === false || value === null;
}
