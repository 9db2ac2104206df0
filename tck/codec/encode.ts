import * as protobuf from 'protobufjs';
import { GOOGLE_TYPE_PREFIX, TYPE_KEY, isMsg } from '../../model/message';
import type { Msg, Value } from '../../model/message';
import { TckError } from '../errors/tck-error';
import { encodeCloudstateAny, typeUrlOf } from './any-form';
import { messageType } from './proto-root';

const ANY = '.google.protobuf.Any';

/** Encodes a message in message form as canonical proto3 bytes. */
export function encodeMessage(root: protobuf.Root, typeName: string, form: Msg): Uint8Array {
  const type = messageType(root, typeName);

  return type.encode(type.fromObject(toProtoObject(root, type, form, typeName))).finish();
}

function toProtoObject(
  root: protobuf.Root,
  type: protobuf.Type,
  form: Msg,
  path: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};

  for (const [name, value] of Object.entries(form)) {
    const field = type.fields[name];
    if (field === undefined) {
      throw invalid(path, `no field "${name}" in ${type.fullName.slice(1)}`);
    }

    field.resolve();
    const fieldPath = `${path}.${name}`;

    if (field.repeated) {
      const items = Array.isArray(value) ? value : [value];
      out[name] = items.map((item, i) => fieldValue(root, field, item, `${fieldPath}[${i}]`));
    } else if (field.partOf !== null || !isDefaultScalar(field, value)) {
      out[name] = fieldValue(root, field, value, fieldPath);
    }
  }

  return out;
}

function fieldValue(
  root: protobuf.Root,
  field: protobuf.Field,
  value: Value,
  path: string,
): unknown {
  const nested = field.resolvedType;
  if (!(nested instanceof protobuf.Type)) {
    return value;
  }

  if (!isMsg(value)) {
    throw invalid(path, `expected a message of ${nested.fullName.slice(1)}`);
  }

  return nested.fullName === ANY
    ? anyObject(root, value, path)
    : toProtoObject(root, nested, value, path);
}

function anyObject(root: protobuf.Root, form: Msg, path: string): Record<string, unknown> {
  const url = typeUrlOf(form);
  if (url === '') {
    return {};
  }

  const special = encodeCloudstateAny(url, form);
  if (special !== undefined) {
    return { type_url: url, value: special };
  }

  if (!url.startsWith(GOOGLE_TYPE_PREFIX)) {
    throw invalid(path, `type "${url}" is no protobuf message, so its value goes under "@bytes"`);
  }

  const fields = Object.fromEntries(Object.entries(form).filter(([key]) => key !== TYPE_KEY));
  const value = encodeMessage(root, url.slice(GOOGLE_TYPE_PREFIX.length), fields);

  return value.length === 0 ? { type_url: url } : { type_url: url, value };
}

function isDefaultScalar(field: protobuf.Field, value: Value): boolean {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) {
    return false;
  }

  if (resolved instanceof protobuf.Enum) {
    return value === 0 || value === resolved.valuesById[0];
  }

  switch (field.type) {
    case 'string':
    case 'bytes':
      return value === '';
    case 'bool':
      return value === false;
    default:
      return value === 0 || value === '0';
  }
}

function invalid(path: string, problem: string): TckError {
  return new TckError(
    'TCK_MESSAGE_INVALID',
    `In message "${path}": ${problem}. Fix the message so that it matches proto/.`,
  );
}
