import { decodeMessage } from '../../../tck/codec/decode';
import { encodeMessage } from '../../../tck/codec/encode';
import { protoRoot } from '../../../tck/codec/proto-root';
import { anyOf, primitiveString } from '../../../model/message';

const root = protoRoot();
const roundTrip = (type: string, form: object): unknown =>
  decodeMessage(root, type, encodeMessage(root, type, form as never));

describe('message codec', () => {
  test('keeps a present but empty sub-message apart from an absent one', () => {
    const init = { service_name: 'S', entity_id: 'e', state: {} };

    expect(roundTrip('cloudstate.valueentity.ValueEntityInit', init)).toEqual(init);
    expect(roundTrip('cloudstate.valueentity.ValueEntityInit', { entity_id: 'e' })).toEqual({
      entity_id: 'e',
    });
  });

  test('encodes Response{state:{gcounter:{}}} canonically', () => {
    const bytes = encodeMessage(root, 'cloudstate.tck.model.crdt.Response', {
      state: { gcounter: {} },
    });

    expect(Buffer.from(bytes).toString('hex')).toBe('0a020a00');
  });

  test('leaves default scalars out but keeps set oneof members', () => {
    const update = { orset: { clear: false } };

    expect(roundTrip('cloudstate.tck.model.crdt.Update', update)).toEqual(update);
    expect(
      roundTrip('cloudstate.tck.model.crdt.Response', { state: { gcounter: { value: 0 } } }),
    ).toEqual({ state: { gcounter: {} } });
  });

  test('decodes Anys of known types, primitive strings and unknown types', () => {
    const reply = {
      payload: anyOf('cloudstate.tck.model.Response', { message: 'A' }),
      metadata: { entries: [{ key: 'k', string_value: '' }] },
    };
    const delta = { gset: { added: [primitiveString(''), primitiveString('a')] } };
    const unknown = { payload: { '@type': 'example.com/Thing', '@bytes': 'AQI=' } };

    expect(roundTrip('cloudstate.Reply', reply)).toEqual(reply);
    expect(roundTrip('cloudstate.crdt.CrdtDelta', delta)).toEqual(delta);
    expect(roundTrip('cloudstate.Reply', unknown)).toEqual(unknown);
  });

  test('reads an explicitly encoded empty string in an Any as the canonical form', () => {
    const explicit = Buffer.from('0a00', 'hex');
    const any = { type_url: 'type.googleapis.com/cloudstate.tck.model.Response', value: explicit };
    const type = root.lookupType('cloudstate.Reply');
    const bytes = type.encode(type.fromObject({ payload: any })).finish();

    expect(decodeMessage(root, 'cloudstate.Reply', bytes)).toEqual({
      payload: { '@type': 'type.googleapis.com/cloudstate.tck.model.Response' },
    });
  });

  test('names the field that does not exist', () => {
    expect(() => encodeMessage(root, 'cloudstate.Reply', { paylod: {} })).toThrow(
      'In message "cloudstate.Reply": no field "paylod" in cloudstate.Reply. Fix the message',
    );
  });

  test('writes large 64-bit integers as exact strings', () => {
    const big = { id: '9007199254740993', entity_id: 'e' };

    expect(roundTrip('cloudstate.Command', big)).toEqual({
      entity_id: 'e',
      id: '9007199254740993',
    });
  });
});
