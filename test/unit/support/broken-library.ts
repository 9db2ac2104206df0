import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Msg } from '../../../model/message';
import { createReferenceModel } from '../../../model/reference';
import { protoRoot } from '../../../tck/codec/proto-root';
import type { CallEvent, LibraryCall } from '../../../tck/drive/call-event';
import type { Library } from '../../../tck/drive/library';
import { ModelLibrary } from '../../../tck/drive/model-library';
import { packageRoot } from '../../../tck/package-root';

export const root = protoRoot();

/** The reference model's discovery, but every call fails at once as an unreachable library's. */
export class BrokenLibrary implements Library {
  private readonly model = new ModelLibrary(
    createReferenceModel(),
    root,
    readFileSync(join(packageRoot(), 'fixtures/user-functions/reference/tck-model.binpb')),
  );

  discover(): Promise<Msg> {
    return this.model.discover();
  }

  open(): LibraryCall {
    const failure: CallEvent = { kind: 'error', code: 13, details: 'handler crashed' };

    return {
      send: () => undefined,
      complete: () => undefined,
      cancel: () => undefined,
      next: () => Promise.resolve(failure),
    };
  }

  close(): void {}
}
