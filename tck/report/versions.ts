import type { Msg } from '../../model/message';
import { int64Field, stringField } from '../../model/shared/fields';

/** The protocol version this TCK's cases are written for. */
export const TCK_PROTOCOL = '0.2';

/** What a library says of itself in its ServiceInfo, as the run's header and reports show it. */
export interface LibraryVersions {
  supportLibrary: string;
  service: string;
  runtime: string;
  protocol: string;
}

/** What the proxy of a run says of itself in its ProxyInfo. */
export interface ProxyVersions {
  proxy: string;
  protocol: string;
  entityTypes: string[];
}

export function libraryVersions(serviceInfo: Msg): LibraryVersions {
  return {
    supportLibrary: nameAndVersion(serviceInfo, 'support_library') || 'unnamed support library',
    service: nameAndVersion(serviceInfo, 'service'),
    runtime: stringField(serviceInfo, 'service_runtime'),
    protocol: protocolOf(serviceInfo),
  };
}

export function proxyVersions(proxyInfo: Msg): ProxyVersions {
  const types = proxyInfo.supported_entity_types;

  return {
    proxy: nameAndVersion(proxyInfo, 'proxy') || 'unnamed proxy',
    protocol: protocolOf(proxyInfo),
    entityTypes: Array.isArray(types) ? types.map(String) : [],
  };
}

/** The header of a run: who plays the proxy and what the library reported, one line each. */
export function versionLines(library: LibraryVersions, proxy: ProxyVersions): string[] {
  const runtime = library.runtime === '' ? '' : ` on ${library.runtime}`;
  const service = library.service === '' ? '' : `, service ${library.service}`;

  return [
    `  library: ${library.supportLibrary}${runtime}${service}, protocol ${library.protocol}`,
    `  proxy:   ${proxy.proxy}, protocol ${proxy.protocol}`,
  ];
}

/**
 * A library on another protocol version is still run, since most cases may hold across minor
 * versions, but its failures should be read with that in mind.
 */
export function protocolWarning(name: string, library: LibraryVersions): string | undefined {
  if (library.protocol === TCK_PROTOCOL) {
    return undefined;
  }

  return (
    `Library "${name}" reports protocol ${library.protocol}, but this TCK checks protocol ` +
    `${TCK_PROTOCOL}: cases may fail because of the version, not the library.`
  );
}

function nameAndVersion(info: Msg, prefix: string): string {
  return [stringField(info, `${prefix}_name`), stringField(info, `${prefix}_version`)]
    .filter((part) => part !== '')
    .join(' ');
}

function protocolOf(info: Msg): string {
  const major = Number(int64Field(info, 'protocol_major_version'));
  const minor = Number(int64Field(info, 'protocol_minor_version'));

  return `${major}.${minor}`;
}
