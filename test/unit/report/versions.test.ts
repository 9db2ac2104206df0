import {
  libraryVersions,
  protocolWarning,
  proxyVersions,
  versionLines,
} from '../../../tck/report/versions';

const pythonInfo = {
  service_name: 'shopping',
  service_version: '1.2',
  service_runtime: 'CPython 3.11.2',
  support_library_name: 'cloudstate-python-support',
  support_library_version: '0.1.1',
};

describe('the versions a run reports', () => {
  test('read from a ServiceInfo, with protocol 0.0 for fields left at their default', () => {
    expect(libraryVersions(pythonInfo)).toEqual({
      supportLibrary: 'cloudstate-python-support 0.1.1',
      service: 'shopping 1.2',
      runtime: 'CPython 3.11.2',
      protocol: '0.0',
    });
  });

  test('name an empty ServiceInfo as such rather than print blanks', () => {
    const library = libraryVersions({});

    expect(library.supportLibrary).toBe('unnamed support library');
    expect(versionLines(library, proxyVersions({}))).toEqual([
      '  library: unnamed support library, protocol 0.0',
      '  proxy:   unnamed proxy, protocol 0.0',
    ]);
  });

  test('read 64-bit protocol numbers as protobufjs gives them', () => {
    const info = { protocol_major_version: 0, protocol_minor_version: '2' };

    expect(libraryVersions(info).protocol).toBe('0.2');
  });

  test('show the runtime and the service when there are some', () => {
    const proxy = proxyVersions({
      proxy_name: 'cloudstate-tck',
      proxy_version: '0.1.0',
      protocol_major_version: 0,
      protocol_minor_version: 2,
      supported_entity_types: ['cloudstate.crdt.Crdt'],
    });

    expect(proxy.entityTypes).toEqual(['cloudstate.crdt.Crdt']);
    expect(versionLines(libraryVersions(pythonInfo), proxy)).toEqual([
      '  library: cloudstate-python-support 0.1.1 on CPython 3.11.2, service shopping 1.2, ' +
        'protocol 0.0',
      '  proxy:   cloudstate-tck 0.1.0, protocol 0.2',
    ]);
  });
});

describe('the protocol warning', () => {
  test('is given for a library on another protocol, naming both versions', () => {
    const warning = protocolWarning('python', libraryVersions(pythonInfo));

    expect(warning).toBe(
      'Library "python" reports protocol 0.0, but this TCK checks protocol 0.2: cases may fail ' +
        'because of the version, not the library.',
    );
  });

  test('is not given for protocol 0.2', () => {
    const info = { ...pythonInfo, protocol_major_version: 0, protocol_minor_version: 2 };

    expect(protocolWarning('python', libraryVersions(info))).toBeUndefined();
  });
});
