import * as protobuf from 'protobufjs';
import {
  BYTES_VALUE_KEY,
  GOOGLE_TYPE_PREFIX,
  JSON_TYPE_PREFIX,
  JSON_VALUE_KEY,
  PRIMITIVE_STRING_TYPE,
  PRIMITIVE_VALUE_KEY,
  TYPE_KEY,
} from '../../model/message';
import { stringField } from '../../model/shared/fields';
import type { Msg } from '../../model/message';

/**
 * Cloudstate's own Any encodings are not protobuf messages of any .proto file: a primitive
 * string or a JSON document, each held in field 1 of the Any's value.
 */
const primitiveString = new protobuf.Type('PrimitiveString').add(
  new protobuf.Field('value', 1, 'string'),
);
const jsonBytes = new protobuf.Type('JsonBytes').add(new protobuf.Field('json', 1, 'bytes'));

/** The type URL an Any in message form names; a bare message name means a Google type URL. */
export function typeUrlOf(form: Msg): string {
  const url = form[TYPE_KEY];
  if (typeof url !== 'string') {
    return '';
  }

  return url.includes('/') ? url : GOOGLE_TYPE_PREFIX + url;
}

export function encodeCloudstateAny(url: string, form: Msg): Uint8Array | undefined {
  if (BYTES_VALUE_KEY in form) {
    return Buffer.from(stringField(form, BYTES_VALUE_KEY), 'base64');
  }

  if (url === PRIMITIVE_STRING_TYPE) {
    const value = stringField(form, PRIMITIVE_VALUE_KEY);

    return primitiveString.encode(value === '' ? {} : { value }).finish();
  }

  if (url.startsWith(JSON_TYPE_PREFIX)) {
    const json = Buffer.from(stringField(form, JSON_VALUE_KEY), 'utf8');

    return jsonBytes.encode(json.length === 0 ? {} : { json }).finish();
  }

  return undefined;
}

export function decodeCloudstateAny(url: string, value: Uint8Array): Msg | undefined {
  if (url === PRIMITIVE_STRING_TYPE) {
    const decoded = primitiveString.decode(value) as unknown as { value?: string };

    return { [TYPE_KEY]: url, [PRIMITIVE_VALUE_KEY]: decoded.value ?? '' };
  }

  if (url.startsWith(JSON_TYPE_PREFIX)) {
    const decoded = jsonBytes.decode(value) as unknown as { json?: Uint8Array };
    const text = Buffer.from(decoded.json ?? new Uint8Array()).toString('utf8');

    return { [TYPE_KEY]: url, [JSON_VALUE_KEY]: text };
  }

  return undefined;
}

export function rawAny(url: string, value: Uint8Array): Msg {
  return { [TYPE_KEY]: url, [BYTES_VALUE_KEY]: Buffer.from(value).toString('base64') };
}
