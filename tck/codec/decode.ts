import * as protobuf from 'protobufjs';
import { GOOGLE_TYPE_PREFIX, TYPE_KEY } from '../../model/message';
import type { Msg, Value } from '../../model/message';
import { decodeCloudstateAny, rawAny } from './any-form';
import { messageType } from './proto-root';

const ANY = '.google.protobuf.Any';
const INVALID_KEY = '@invalid';

type Decoded = Record<string, unknown>;

/**
 * Decodes proto3 bytes into the message form (see model/message.ts).
 *
 * Known shortcoming: fields this TCK's protos do not declare are dropped by protobufjs, so a
 * library that sends an unknown field is not told about it.
 */
export function decodeMessage(root: protobuf.Root, typeName: string, bytes: Uint8Array): Msg {
  const type = messageType(root, typeName);

  return fromProtoObject(root, type, type.decode(bytes) as unknown as Decoded);
}

function fromProtoObject(root: protobuf.Root, type: protobuf.Type, message: Decoded): Msg {
  const out: Msg = {};
  const fields = fieldsInOrder(type);

  for (const field of fields) {
    if (!Object.prototype.hasOwnProperty.call(message, field.name)) {
      continue;
    }

    const raw = message[field.name];

    if (field.repeated) {
      const items = raw as unknown[];
      if (items.length > 0) {
        out[field.name] = items.map((item) => formValue(root, field, item));
      }
      continue;
    }

    const value = formValue(root, field, raw);
    if (field.partOf !== null || !isDefault(value, field)) {
      out[field.name] = value;
    }
  }

  return out;
}

const orderedFields = new WeakMap<protobuf.Type, protobuf.Field[]>();

/** Fields by number, resolved once per type: decoding walks them for every message. */
function fieldsInOrder(type: protobuf.Type): protobuf.Field[] {
  let fields = orderedFields.get(type);
  if (fields === undefined) {
    fields = [...type.fieldsArray].sort((a, b) => a.id - b.id);
    fields.forEach((field) => field.resolve());
    orderedFields.set(type, fields);
  }

  return fields;
}

function formValue(root: protobuf.Root, field: protobuf.Field, raw: unknown): Value {
  const resolved = field.resolvedType;

  if (resolved instanceof protobuf.Type) {
    return resolved.fullName === ANY
      ? anyForm(root, raw as Decoded)
      : fromProtoObject(root, resolved, raw as Decoded);
  }

  if (resolved instanceof protobuf.Enum) {
    return resolved.valuesById[raw as number] ?? (raw as number);
  }

  if (raw instanceof Uint8Array) {
    return Buffer.from(raw).toString('base64');
  }

  if (isLong(raw)) {
    return longForm(raw);
  }

  return raw as Value;
}

function anyForm(root: protobuf.Root, any: Decoded): Msg {
  const url = typeof any.type_url === 'string' ? any.type_url : '';
  const value = any.value instanceof Uint8Array ? any.value : new Uint8Array();

  const special = decodeCloudstateAny(url, value);
  if (special !== undefined) {
    return special;
  }

  const type = url.startsWith(GOOGLE_TYPE_PREFIX)
    ? root.lookup(`.${url.slice(GOOGLE_TYPE_PREFIX.length)}`)
    : null;
  if (!(type instanceof protobuf.Type)) {
    return rawAny(url, value);
  }

  try {
    return {
      [TYPE_KEY]: url,
      ...fromProtoObject(root, type, type.decode(value) as unknown as Decoded),
    };
  } catch (cause) {
    return { ...rawAny(url, value), [INVALID_KEY]: String(cause) };
  }
}

interface LongParts {
  low: number;
  high: number;
  unsigned: boolean;
}

function isLong(raw: unknown): raw is LongParts {
  return typeof raw === 'object' && raw !== null && 'low' in raw && 'high' in raw;
}

/** Safe integers stay numbers for readability; larger ones become exact decimal strings. */
function longForm(long: LongParts): number | string {
  const bits = (BigInt(long.high >>> 0) << 32n) | BigInt(long.low >>> 0);
  const value = long.unsigned ? bits : BigInt.asIntN(64, bits);
  const number = Number(value);

  return Number.isSafeInteger(number) ? number : value.toString();
}

function isDefault(value: Value, field: protobuf.Field): boolean {
  if (field.resolvedType instanceof protobuf.Type) {
    return false;
  }

  if (field.resolvedType instanceof protobuf.Enum) {
    return value === field.resolvedType.valuesById[0];
  }

  return value === 0 || value === '' || value === false;
}
