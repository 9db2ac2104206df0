import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliOptions } from '../../../tck/cli/cli-options';
import { loadConfig } from '../../../tck/config/load-config';
import { TckError } from '../../../tck/errors/tck-error';
import { chooseSubject } from '../../../tck/run/subject';

const dir = mkdtempSync(join(tmpdir(), 'cloudstate-tck-config-'));
const implementations = { ref: { command: 'node main.js' } };

function configFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));

  return file;
}

/** The TckError a call throws; anything else fails the test. */
function thrown(run: () => unknown): TckError {
  try {
    run();
  } catch (error) {
    if (error instanceof TckError) {
      return error;
    }
    throw error;
  }
  throw new Error('nothing was thrown');
}

function schemaError(name: string, content: unknown): string {
  const file = configFile(name, content);
  const error = thrown(() => loadConfig(file));

  expect(error.code).toBe('TCK_CONFIG_INVALID');
  expect(error.exitStatus).toBe(2);
  const prefix = `Config "${file}" does not follow the schema: `;
  expect(error.message.startsWith(prefix)).toBe(true);
  expect(error.message.endsWith('. README.md lists the keys.')).toBe(true);

  return error.message.slice(prefix.length, -'. README.md lists the keys.'.length);
}

const options = (some: Partial<CliOptions>): CliOptions => ({
  reportDir: 'reports',
  list: false,
  timeFactor: 1,
  ...some,
});

describe('loadConfig', () => {
  test('reads a valid file; its folder is where commands run', () => {
    const file = configFile('valid.json', {
      implementations,
      combinations: { alpha: { library: 'ref', skips: [{ area: 'crdt', reason: 'no CRDTs' }] } },
    });

    expect(loadConfig(file)).toEqual({
      implementations,
      combinations: { alpha: { library: 'ref', skips: [{ area: 'crdt', reason: 'no CRDTs' }] } },
      baseDir: dir,
      file,
    });
  });

  test('the shipped tck.config.json is valid and has the reference combination', () => {
    const config = loadConfig(join(__dirname, '../../../tck.config.json'));

    expect(config.combinations.reference).toMatchObject({ library: 'reference' });
  });

  test('an unknown key is named, with the keys allowed there, before its side effects', () => {
    const problems = schemaError('typo.json', {
      implementations: { ref: { cmd: 'node main.js' } },
      combinations: { alpha: { library: 'ref' } },
    });

    expect(problems).toBe(
      '/implementations/ref has the unknown key "cmd" ' +
        '(the keys are: description, command, address, image, args, pull, env, setup); ' +
        '/implementations/ref must have exactly one of the keys "command" or "address" or "image"',
    );
  });

  test('an image may come with args and a pull policy, which need the image', () => {
    const file = configFile('image.json', {
      implementations: { img: { image: 'org/lib:1', args: ['--verbose'], pull: 'never' } },
      combinations: { alpha: { library: 'img' } },
    });

    expect(loadConfig(file).implementations.img).toEqual({
      image: 'org/lib:1',
      args: ['--verbose'],
      pull: 'never',
    });
    expect(
      schemaError('args-without-image.json', {
        implementations: { ref: { command: 'node main.js', args: ['x'] } },
        combinations: {},
      }),
    ).toBe('/implementations/ref must have property image when property args is present');
  });

  test('a pull policy is one of three, and an image is never given with a command', () => {
    expect(
      schemaError('pull.json', {
        implementations: { img: { image: 'org/lib:1', pull: 'sometimes' } },
        combinations: {},
      }),
    ).toBe('/implementations/img/pull must be one of: "always", "missing", "never"');
    expect(
      schemaError('both.json', {
        implementations: { img: { image: 'org/lib:1', command: 'x' } },
        combinations: {},
      }),
    ).toBe(
      '/implementations/img must have exactly one of the keys "command" or "address" or "image"',
    );
  });

  test('an unknown key at the top level or in a combination is named', () => {
    expect(schemaError('top.json', { implementations, combinations: {}, timeout: 5 })).toBe(
      'the top level has the unknown key "timeout" ' +
        '(the keys are: $schema, implementations, combinations)',
    );
    expect(
      schemaError('combination.json', {
        implementations,
        combinations: { alpha: { library: 'ref', expectedFailure: [] } },
      }),
    ).toBe(
      '/combinations/alpha has the unknown key "expectedFailure" ' +
        '(the keys are: description, library, expectedFailures, skips)',
    );
  });

  test('a missing key is named with where it is missing', () => {
    expect(
      schemaError('no-evidence.json', {
        implementations,
        combinations: {
          alpha: { library: 'ref', expectedFailures: [{ case: 'crdt/x', reason: 'bug' }] },
        },
      }),
    ).toBe("/combinations/alpha/expectedFailures/0 must have required property 'evidence'");
    expect(
      schemaError('skip-both.json', {
        implementations,
        combinations: { alpha: { library: 'ref', skips: [{ reason: 'r' }] } },
      }),
    ).toBe('/combinations/alpha/skips/0 must have exactly one of the keys "case" or "area"');
  });

  test('a combination of an unknown library lists the implementations', () => {
    const file = configFile('unknown-library.json', {
      implementations: { ref: { command: 'x' }, other: { address: 'localhost:9000' } },
      combinations: { alpha: { library: 'java' } },
    });

    expect(thrown(() => loadConfig(file)).message).toBe(
      `Config "${file}" names the library "java" in combination "alpha", ` +
        'but the implementations are: ref, other.',
    );
  });

  test.each(['..', '.', '../escaped', 'a/b', ''])(
    'a combination named %j is refused: its name is a report folder the run replaces',
    (name) => {
      const file = configFile('bad-name.json', {
        implementations,
        combinations: { [name]: { library: 'ref' } },
      });

      expect(thrown(() => loadConfig(file)).message).toContain(
        `/combinations has the name "${name}", which cannot be a report folder's name`,
      );
    },
  );

  test("an implementation's image must be a Docker image name", () => {
    const file = configFile('bad-image.json', {
      implementations: { mine: { image: 'My-Org/lib:1' } },
      combinations: { alpha: { library: 'mine' } },
    });

    expect(thrown(() => loadConfig(file)).message).toBe(
      `Config "${file}" has a bad image in implementation "mine": "My-Org/lib:1" is not a ` +
        'Docker image name: the name must be lower-case, as in cloudstate-tck/reference:0.1.0.',
    );
  });

  test('a file that is missing or no JSON says which file', () => {
    const missing = join(dir, 'missing.json');
    const broken = configFile('broken.json', '{ "implementations": ');

    expect(thrown(() => loadConfig(missing)).message).toBe(
      `Config "${missing}" does not exist. Pass --config with the path of a tck.config.json.`,
    );
    expect(thrown(() => loadConfig(broken)).message).toMatch(
      new RegExp(`^Config "${broken}" is not valid JSON \\(SyntaxError: .+\\)\\.$`),
    );
  });
});

describe('chooseSubject', () => {
  const file = configFile('two.json', {
    implementations,
    combinations: { alpha: { library: 'ref' }, beta: { library: 'ref' } },
  });
  const config = loadConfig(file);

  test('an unknown combination lists the valid ones', () => {
    const error = thrown(() => chooseSubject(options({ combination: 'gamma' }), () => config));

    expect(error.code).toBe('TCK_CONFIG_INVALID');
    expect(error.message).toBe(
      `No combination "gamma" in "${file}". The combinations are: alpha, beta.`,
    );
  });

  test('without --combination the default is "reference", which this config lacks', () => {
    expect(thrown(() => chooseSubject(options({}), () => config)).message).toBe(
      `No combination "reference" in "${file}". The combinations are: alpha, beta.`,
    );
  });

  test('a combination keeps the flags that select it again, config included', () => {
    const subject = chooseSubject(options({ combination: 'beta', config: file }), () => config);

    expect(subject).toMatchObject({
      combination: 'beta',
      libraryName: 'ref',
      library: implementations.ref,
      args: ['--config', file, '--combination', 'beta'],
      cwd: dir,
    });
  });

  test('--library runs an image, pulled when missing unless --pull says otherwise', () => {
    expect(chooseSubject(options({ library: 'org/lib:1' }), () => config)).toMatchObject({
      combination: 'library-image',
      libraryName: 'library-image',
      library: { image: 'org/lib:1', pull: 'missing' },
      args: ['--library', 'org/lib:1'],
    });
    expect(
      chooseSubject(options({ library: 'org/lib:1', pull: 'always' }), () => config),
    ).toMatchObject({
      library: { image: 'org/lib:1', pull: 'always' },
      args: ['--library', 'org/lib:1', '--pull', 'always'],
    });
  });

  test("--pull overrides a combination's policy, and needs an image to apply to", () => {
    const images = loadConfig(
      configFile('images.json', {
        implementations: { ...implementations, img: { image: 'org/lib:1', pull: 'never' } },
        combinations: { alpha: { library: 'ref' }, pictured: { library: 'img' } },
      }),
    );
    const pulled = options({ combination: 'pictured', pull: 'missing' });

    expect(chooseSubject(pulled, () => images)).toMatchObject({
      library: { image: 'org/lib:1', pull: 'missing' },
      args: ['--combination', 'pictured', '--pull', 'missing'],
    });
    const error = thrown(() =>
      chooseSubject(options({ combination: 'alpha', pull: 'never' }), () => images),
    );
    expect(error.code).toBe('TCK_USAGE');
    expect(error.message).toBe(
      '--pull applies to a library image, and "ref" has none. Leave --pull out, or choose a ' +
        'combination whose library has an "image".',
    );
  });

  test('--library-cmd and --library-addr need no combination', () => {
    expect(chooseSubject(options({ libraryCmd: 'go run .' }), () => config)).toMatchObject({
      combination: 'library-cmd',
      library: { command: 'go run .' },
      args: ['--library-cmd', 'go run .'],
    });
    expect(chooseSubject(options({ libraryAddr: '127.0.0.1:9000' }), () => config)).toMatchObject({
      combination: 'library-addr',
      library: { address: '127.0.0.1:9000' },
      args: ['--library-addr', '127.0.0.1:9000'],
    });
  });
});
