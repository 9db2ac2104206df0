// A tiny library that gets discovery wrong in one way, chosen by the first argument:
//   misspelled      serves /cloudstate.EntityDiscovery/Discover (capital D), so the
//                   TCK's `discover` gets UNIMPLEMENTED;
//   bad-descriptor  answers discover with an EntitySpec whose proto field is not a
//                   FileDescriptorSet;
//   bad-spec        answers discover with bytes that are no EntitySpec at all.
const grpc = require('@grpc/grpc-js');
const { Buffer } = require('node:buffer');

const mode = process.argv[2];

// Fixed bytes, not random ones, so that the run is the same every time: 0x0f is field 1 with
// wire type 7, which no protobuf parser accepts.
const NOT_A_DESCRIPTOR_SET = Buffer.from([0x0f, 0xde, 0xad, 0xbe, 0xef]);

// EntitySpec field 1 (proto, bytes): tag 0x0a, then the length, then the bytes.
const SPEC_WITH_BAD_PROTO = Buffer.concat([
  Buffer.from([0x0a, NOT_A_DESCRIPTOR_SET.length]),
  NOT_A_DESCRIPTOR_SET,
]);

const ANSWERS = {
  misspelled: { method: '/cloudstate.EntityDiscovery/Discover', spec: SPEC_WITH_BAD_PROTO },
  'bad-descriptor': { method: '/cloudstate.EntityDiscovery/discover', spec: SPEC_WITH_BAD_PROTO },
  'bad-spec': { method: '/cloudstate.EntityDiscovery/discover', spec: NOT_A_DESCRIPTOR_SET },
};

const answer = ANSWERS[mode];
if (answer === undefined) {
  process.stderr.write(`fake-discovery: unknown mode "${mode}"\n`);
  process.exit(64);
}

const raw = (bytes) => bytes;
const server = new grpc.Server();
server.register(answer.method, (_call, callback) => callback(null, answer.spec), raw, raw, 'unary');

const address = `${process.env.HOST}:${process.env.PORT}`;
server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (error) => {
  if (error !== null) {
    process.stderr.write(`fake-discovery: cannot listen on ${address}: ${error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`fake-discovery (${mode}) listening on ${address}\n`);
});
