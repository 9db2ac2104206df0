import type { Msg } from '../message';
import type { ActionShape, CallModel, CallOutput } from '../user-function';
import { output } from '../user-function';
import { failureAction } from '../shared/client-action';
import { stringField } from '../shared/fields';
import { completed } from '../shared/stream-failure';
import type { ActionMethod, ActionServices } from './action-method';

type MethodOf<S extends ActionShape> = Extract<ActionMethod, { shape: S }>;

/**
 * Opens one call of the action protocol. The first command names the method (for streamed-in
 * and duplex calls it is a header with no payload); every later one is a body.
 */
export function openActionCall(services: ActionServices, shape: ActionShape): CallModel {
  switch (shape) {
    case 'unary':
      return singleCommandCall(services, 'unary', (method, command) => [method.handle(command)]);
    case 'streamedOut':
      return singleCommandCall(services, 'streamedOut', (method, command) =>
        method.handle(command),
      );
    case 'streamedIn':
      return streamedInCall(services);
    case 'streamed':
      return streamedCall(services);
  }
}

function singleCommandCall<S extends 'unary' | 'streamedOut'>(
  services: ActionServices,
  shape: S,
  run: (method: MethodOf<S>, command: Msg) => Msg[],
): CallModel {
  let done = false;

  return {
    receive(command: Msg): CallOutput {
      if (done) {
        return completed();
      }

      done = true;
      const method = findMethod(services, command, shape);
      return method ? output(run(method, command), true) : unknownMethod(command);
    },
    end: () => completed(),
  };
}

function streamedInCall(services: ActionServices): CallModel {
  let method: MethodOf<'streamedIn'> | undefined;
  let done = false;
  const bodies: Msg[] = [];

  return {
    receive(command: Msg): CallOutput {
      if (done) {
        return completed();
      }

      if (method) {
        bodies.push(command);
        return output([]);
      }

      method = findMethod(services, command, 'streamedIn');
      done = method === undefined;
      return method ? output([]) : unknownMethod(command);
    },
    end(): CallOutput {
      if (done || !method) {
        return completed();
      }

      done = true;
      return output([method.handle(bodies)], true);
    },
  };
}

function streamedCall(services: ActionServices): CallModel {
  let method: MethodOf<'streamed'> | undefined;
  let done = false;

  return {
    receive(command: Msg): CallOutput {
      if (done) {
        return completed();
      }

      if (method) {
        return output(method.handle(command));
      }

      method = findMethod(services, command, 'streamed');
      done = method === undefined;
      return method ? output([]) : unknownMethod(command);
    },
    end(): CallOutput {
      done = true;
      return completed();
    },
  };
}

function findMethod<S extends ActionShape>(
  services: ActionServices,
  command: Msg,
  shape: S,
): MethodOf<S> | undefined {
  const service = services[stringField(command, 'service_name')];
  const method = service?.[stringField(command, 'name')];

  return method && isShape(method, shape) ? method : undefined;
}

function isShape<S extends ActionShape>(method: ActionMethod, shape: S): method is MethodOf<S> {
  return method.shape === shape;
}

function unknownMethod(command: Msg): CallOutput {
  const name = `${stringField(command, 'service_name')}.${stringField(command, 'name')}`;

  return output([failureAction(0, `Unknown action method for this call shape: ${name}`)], true);
}
