import type * as protobuf from 'protobufjs';
import { isMsg, listField } from '../../model/message';
import { stringField } from '../../model/shared/fields';
import type { Msg } from '../../model/message';
import { decodeMessage } from '../codec/decode';
import { TckError } from '../errors/tck-error';

/** What the library declared in discovery, read once for the whole run. */
export interface DiscoveredSpec {
  entitySpec: Msg;
  entities: Msg[];

  /** Full names of the services in the EntitySpec's descriptor set. */
  descriptorServices: Set<string>;
  declaredServices: Set<string>;
  serviceInfo: Msg;
}

export function readEntitySpec(root: protobuf.Root, entitySpec: Msg): DiscoveredSpec {
  const proto = typeof entitySpec.proto === 'string' ? entitySpec.proto : '';
  const entities = listField(entitySpec, 'entities').filter(isMsg);

  return {
    entitySpec,
    entities,
    descriptorServices: descriptorServices(root, Buffer.from(proto, 'base64')),
    declaredServices: new Set(entities.map((entity) => stringField(entity, 'service_name'))),
    serviceInfo: isMsg(entitySpec.service_info) ? entitySpec.service_info : {},
  };
}

function descriptorServices(root: protobuf.Root, bytes: Buffer): Set<string> {
  let set: Msg;
  try {
    set = decodeMessage(root, 'google.protobuf.FileDescriptorSet', bytes);
  } catch (cause) {
    throw new TckError(
      'TCK_DESCRIPTOR_INVALID',
      `The EntitySpec's descriptor set (field proto, ${bytes.length} bytes) does not parse as ` +
        `a google.protobuf.FileDescriptorSet: ${String(cause)}. ` +
        'The library must send the serialized descriptor set of its services and their imports.',
      { cause },
    );
  }

  const names = new Set<string>();
  for (const file of listField(set, 'file').filter(isMsg)) {
    const prefix =
      typeof file.package === 'string' && file.package !== '' ? `${file.package}.` : '';
    for (const service of listField(file, 'service').filter(isMsg)) {
      names.add(`${prefix}${stringField(service, 'name')}`);
    }
  }

  return names;
}
