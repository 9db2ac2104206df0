import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastJsonLine, runCli } from './support/run-cli';

const reportDir = mkdtempSync(join(tmpdir(), 'tck-library-run-'));
const versionDir = mkdtempSync(join(tmpdir(), 'tck-versions-'));
const where = ['--report-dir', versionDir];

describe('the library run', () => {
  test('with no flags passes all 156 cases against the reference user function', async () => {
    const run = await runCli(['--report-dir', reportDir]);
    const summary = lastJsonLine(run.stdout);
    const junit = readFileSync(join(reportDir, 'reference/junit.xml'), 'utf8');

    expect(run.status).toBe(0);
    expect(summary).toMatchObject({ combination: 'reference', passed: 156, failed: 0, errors: 0 });
    expect(junit.match(/<testcase /g)).toHaveLength(156);
    expect(junit).toContain('<testsuite name="crdt"');
  });

  test('against the Go support library v0.3.0 passes every case or marks it', async () => {
    const run = await runCli(['--combination', 'go', '--report-dir', reportDir]);
    const summary = lastJsonLine(run.stdout);

    expect(run.status).toBe(0);
    expect(summary).toMatchObject({ combination: 'go', failed: 0, errors: 0, skipped: 0 });
    expect(Number(summary.passed) + Number(summary.expectedFailures)).toBe(156);
    expect(summary.serviceInfo).toMatchObject({ support_library_name: 'cloudstate-go-support' });
  });

  test('prints the versions on top and keeps them in both reports', async () => {
    const run = await runCli(['--combination', 'go', '--filter', 'value-entity/', ...where]);
    const summary = lastJsonLine(run.stdout);
    const junit = readFileSync(join(versionDir, 'go/junit.xml'), 'utf8');

    expect(run.stdout.split('\n').slice(1, 3)).toEqual([
      expect.stringMatching(/^ {2}library: cloudstate-go-support \S+ on go\S*.*, protocol 0\.2$/),
      `  proxy:   cloudstate-tck ${String(summary.tckVersion)}, protocol 0.2`,
    ]);
    expect(run.stderr).not.toContain('warning');
    expect(summary).toMatchObject({ warnings: [], proxyInfo: { proxy_name: 'cloudstate-tck' } });
    expect(junit).toContain('<property name="library.protocol" value="0.2"/>');
    expect(junit).toMatch(/<property name="library.support-library" value="cloudstate-go-support/);
  });

  test('--list prints every case id without running anything', async () => {
    const run = await runCli(['--list', '--filter', '/^crdt\\/verify Vote/']);

    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(8);
    expect(run.stdout).toContain('crdt/verify Vote state changes');
  });
});
