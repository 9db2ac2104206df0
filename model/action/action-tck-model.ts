import type { Msg } from '../message';
import { messageField } from '../message';
import type { ActionService } from './action-method';
import { foldOutcomes, toActionResponse } from './action-outcome';
import { requestOutcomes } from './process-group';

/** `ActionTckModel`: each group of a `Request` gives one response (spec §2.1). */
export function actionTckModel(): ActionService {
  return {
    ProcessUnary: {
      shape: 'unary',
      handle: (command) => toActionResponse(foldOutcomes(requestOutcomes(payload(command)))),
    },
    ProcessStreamedIn: {
      shape: 'streamedIn',
      handle: (bodies) =>
        toActionResponse(foldOutcomes(bodies.flatMap((body) => requestOutcomes(payload(body))))),
    },
    ProcessStreamedOut: {
      shape: 'streamedOut',
      handle: (command) => requestOutcomes(payload(command)).map(toActionResponse),
    },
    ProcessStreamed: {
      shape: 'streamed',
      handle: (body) => requestOutcomes(payload(body)).map(toActionResponse),
    },
  };
}

function payload(command: Msg): Msg | undefined {
  return messageField(command, 'payload');
}
