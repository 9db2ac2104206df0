// The reference user function, going wrong when its Nth entity or action call arrives:
//   node faulty-reference.js <N> die   [pid-file]   killed for good (SIGKILL);
//   node faulty-reference.js <N> stall [pid-file]   that call and all later ones never answer.
// Counting calls, not time, makes the fault land on the same case in every run, since the TCK
// runs one case after another. The pid file tells a test which process to look for.
const grpc = require('@grpc/grpc-js');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const [faultyCall, fault, pidFile] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
if (!(faultyCall >= 1) || (fault !== 'die' && fault !== 'stall')) {
  process.stderr.write('usage: faulty-reference.js <call number> <die|stall> [pid file]\n');
  process.exit(64);
}
if (pidFile !== undefined) {
  writeFileSync(pidFile, String(process.pid));
}

let calls = 0;
const register = grpc.Server.prototype.register;

grpc.Server.prototype.register = function (name, handler, ...rest) {
  if (name.startsWith('/cloudstate.EntityDiscovery/')) {
    return register.call(this, name, handler, ...rest);
  }

  const faulty = (...args) => {
    calls += 1;
    if (calls < faultyCall) {
      handler(...args);
      return;
    }
    process.stdout.write(`faulty-reference: ${fault} at call ${calls} (${name})\n`);
    if (fault === 'die') {
      process.kill(process.pid, 'SIGKILL');
    }
  };
  return register.call(this, name, faulty, ...rest);
};

require(join(__dirname, '../../../dist/fixtures/user-functions/reference/main.js'));
