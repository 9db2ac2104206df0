// Writes the descriptor set the reference user function sends in discovery. It needs a real
// protobuf compiler, because the proxy reads custom options that protobufjs would drop.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const output = process.argv[2] ?? join(root, 'fixtures/user-functions/reference/tck-model.binpb');

execFileSync(
  require.resolve('@bufbuild/buf/bin/buf'),
  [
    'build',
    'proto',
    '--path',
    'proto/cloudstate/tck/model',
    '--as-file-descriptor-set',
    '--exclude-source-info',
    '-o',
    output,
  ],
  { cwd: root, stdio: 'inherit' },
);
