import type { CliOptions } from '../../../tck/cli/cli-options';
import { refuseProxyRun } from '../../../tck/cli/refuse-proxy-run';
import { TckError } from '../../../tck/errors/tck-error';

const options = (some: Partial<CliOptions>): CliOptions => ({
  reportDir: 'reports',
  list: false,
  timeFactor: 1,
  ...some,
});

/** runId() keeps its first answer for the process, so each case loads a fresh copy. */
function freshRunId(value: string | undefined): string {
  const saved = process.env.CLOUDSTATE_TCK_RUN_ID;
  if (value === undefined) {
    delete process.env.CLOUDSTATE_TCK_RUN_ID;
  } else {
    process.env.CLOUDSTATE_TCK_RUN_ID = value;
  }

  try {
    let id = '';
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const labels = require('../../../tck/launch/run-labels') as {
        runId: () => string;
      };
      id = labels.runId();
    });
    return id;
  } finally {
    if (saved === undefined) {
      delete process.env.CLOUDSTATE_TCK_RUN_ID;
    } else {
      process.env.CLOUDSTATE_TCK_RUN_ID = saved;
    }
  }
}

describe('proxy flags', () => {
  test.each([
    [{ proxy: 'org/proxy:1' }, '--proxy'],
    [{ proxyCmd: 'java -jar proxy.jar' }, '--proxy-cmd'],
    [{ proxyAddr: '127.0.0.1:9000' }, '--proxy-addr'],
  ])('%j is refused with exit status 2, naming the flag', (flags, flag) => {
    const run = (): void => refuseProxyRun(options(flags));

    expect(run).toThrow(TckError);
    expect(run).toThrow(
      `${flag}: proxy runs are not available in this version of cloudstate-tck yet; it runs ` +
        'libraries only. Check a library with --library, --library-cmd or --library-addr.',
    );
  });

  test('a library run passes', () => {
    expect(() => refuseProxyRun(options({ library: 'org/lib:1' }))).not.toThrow();
  });
});

describe('run id', () => {
  test('is a fresh uuid per run without CLOUDSTATE_TCK_RUN_ID', () => {
    const first = freshRunId(undefined);

    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(freshRunId(undefined)).not.toBe(first);
  });

  test('CLOUDSTATE_TCK_RUN_ID sets it, and must be a plain token', () => {
    expect(freshRunId('leak-test.1')).toBe('leak-test.1');
    expect(() => freshRunId('no spaces')).toThrow(
      'CLOUDSTATE_TCK_RUN_ID "no spaces" is not a valid id.',
    );
  });
});
