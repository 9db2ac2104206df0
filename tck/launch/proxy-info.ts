import type { Msg } from '../../model/message';
import { packageRoot } from '../package-root';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENTITY_TYPES = [
  'cloudstate.action.ActionProtocol',
  'cloudstate.crdt.Crdt',
  'cloudstate.eventsourced.EventSourced',
  'cloudstate.valueentity.ValueEntity',
];

export function tckVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };

  return manifest.version;
}

/** What the TCK tells a library about itself when it plays the proxy: protocol 0.2. */
export function tckProxyInfo(): Msg {
  return {
    protocol_major_version: 0,
    protocol_minor_version: 2,
    proxy_name: 'cloudstate-tck',
    proxy_version: tckVersion(),
    supported_entity_types: ENTITY_TYPES,
  };
}
