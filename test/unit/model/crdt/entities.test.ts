import { anyOf } from '../../../../model/message';
import { crdtEntities, openCrdtCall } from '../../../../model/crdt';
import { C, Call, CONFIGURED, del, open, proxyDelete, TWO, δ, cancel } from './crdt-inputs';
import { Dgc, R, RS, gc, cancelled } from './crdt-expectations';

const emptyResponse = { reply: { payload: anyOf('cloudstate.tck.model.crdt.Response') } };

describe('CRDT entities', () => {
  test('discovery lists the three services, CrdtConfigured with its passivation timeout', () => {
    const crdt = 'cloudstate.crdt.Crdt';

    expect(crdtEntities()).toEqual([
      { entity_type: crdt, service_name: 'cloudstate.tck.model.crdt.CrdtTckModel' },
      { entity_type: crdt, service_name: 'cloudstate.tck.model.crdt.CrdtTwo' },
      {
        entity_type: crdt,
        service_name: 'cloudstate.tck.model.crdt.CrdtConfigured',
        passivation_strategy: { timeout: { timeout: 100 } },
      },
    ]);
  });

  test('CrdtTwo replies Response{} and honours a delete action', () => {
    const id = 'GSet-t1';
    const stream = open(id, undefined, TWO);

    expect(stream.send(Call(id, 1), δ(Dgc(3)), Call(id, 2), Call(id, 3, del))).toEqual([
      R(1, { action: emptyResponse }),
      R(2, { action: emptyResponse }),
      R(3, { action: emptyResponse, stateAction: { delete: {} } }),
    ]);
  });

  test('CrdtConfigured replies Response{} and ignores delete actions', () => {
    const id = 'Configured-1';

    expect(open(id, undefined, CONFIGURED).send(Call(id, 1, del))).toEqual([
      R(1, { action: emptyResponse }),
    ]);
  });
});

describe('CRDT stream rules', () => {
  test('a delete from the proxy clears the state and sends nothing', () => {
    const id = 'GCounter-p1';
    const stream = open(id, Dgc(5));

    expect(stream.send(proxyDelete)).toEqual([]);
    expect(stream.send(C(id, 1))).toEqual([RS(1, gc(0))]);
    expect(stream.end()).toEqual({ messages: [], complete: true });
  });

  test('a cancellation without a subscription still gets its response', () => {
    const id = 'GCounter-p2';

    expect(open(id).send(cancel(id, 7))).toEqual([cancelled(7)]);
  });

  test('a stream that does not start with init fails', () => {
    const stream = openCrdtCall();

    expect(stream.receive(C('GCounter-p3', 1))).toEqual({
      messages: [
        { failure: { description: 'Expected init as the first message of a CRDT stream' } },
      ],
      complete: true,
    });
    expect(stream.receive(C('GCounter-p3', 2))).toEqual({ messages: [], complete: true });
  });

  test.each([
    ['an unknown service', { service_name: 'nope.Service', entity_id: 'GCounter-1' }],
    [
      'an unknown CRDT type',
      { service_name: 'cloudstate.tck.model.crdt.CrdtTckModel', entity_id: 'Counter-1' },
    ],
    [
      'an init delta of another type',
      {
        service_name: 'cloudstate.tck.model.crdt.CrdtTckModel',
        entity_id: 'GCounter-1',
        delta: { pncounter: {} },
      },
    ],
  ])('init with %s fails the stream', (_, init) => {
    const result = openCrdtCall().receive({ init });

    expect(result.complete).toBe(true);
    expect(result.messages).toEqual([{ failure: { description: expect.any(String) } }]);
  });

  test('an update of another CRDT type fails the stream', () => {
    const id = 'GCounter-p4';
    const stream = openCrdtCall();
    stream.receive({
      init: { service_name: 'cloudstate.tck.model.crdt.CrdtTckModel', entity_id: id },
    });

    const result = stream.receive(C(id, 1, { update: { pncounter: { change: 1 } } }));

    expect(result).toEqual({
      messages: [{ failure: { description: 'A PNCounter update cannot apply to a GCounter' } }],
      complete: true,
    });
  });

  test('a second init fails the stream', () => {
    const id = 'GCounter-p5';
    const init = { service_name: 'cloudstate.tck.model.crdt.CrdtTckModel', entity_id: id };
    const stream = openCrdtCall();
    stream.receive({ init });

    expect(stream.receive({ init }).messages).toEqual([
      { failure: { description: 'A second init message on a CRDT stream' } },
    ]);
  });
});
