import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as protobuf from 'protobufjs';
import { TckError } from '../errors/tck-error';
import { packageRoot } from '../package-root';

let cached: protobuf.Root | undefined;

/** Every .proto file of the project, loaded once, with names kept as the .proto spells them. */
export function protoRoot(): protobuf.Root {
  cached ??= loadRoot(join(packageRoot(), 'proto'));

  return cached;
}

export function loadRoot(protoDir: string): protobuf.Root {
  const bundled = dirname(require.resolve('protobufjs/google/protobuf/descriptor.proto'));
  const root = new protobuf.Root();

  // Well-known types come from protobufjs's own copies; everything else from our proto folder.
  root.resolvePath = (_origin, target) =>
    target.startsWith('google/protobuf/')
      ? join(bundled, target.slice('google/protobuf/'.length))
      : join(protoDir, target);

  try {
    root.loadSync(protoFiles(protoDir), { keepCase: true });
    root.resolveAll();
  } catch (cause) {
    throw new TckError(
      'TCK_PROTO_INVALID',
      `The .proto files under "${protoDir}" do not load: ${String(cause)}. ` +
        'Reinstall the package or restore the proto folder.',
      { cause },
    );
  }

  return root;
}

/** Paths relative to the proto folder, as imports name them. */
export function protoFiles(protoDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else if (name.endsWith('.proto')) {
        files.push(relative(protoDir, path));
      }
    }
  };

  walk(protoDir);

  return files;
}

const typesByRoot = new WeakMap<protobuf.Root, Map<string, protobuf.Type>>();

/** Looks a message type up by its full name, with or without a leading dot; cached per root. */
export function messageType(root: protobuf.Root, name: string): protobuf.Type {
  let types = typesByRoot.get(root);
  if (types === undefined) {
    types = new Map();
    typesByRoot.set(root, types);
  }

  const cachedType = types.get(name);
  if (cachedType !== undefined) {
    return cachedType;
  }

  const found = root.lookup(name.startsWith('.') ? name : `.${name}`);
  if (!(found instanceof protobuf.Type)) {
    throw new TckError(
      'TCK_MESSAGE_INVALID',
      `No message type "${name}" in the TCK's protos. Check the name against proto/.`,
    );
  }

  types.set(name, found);
  return found;
}
