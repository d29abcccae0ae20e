// A real gRPC server (grpc-js) for the C# client tests: loads protos/sdxl_turbo.proto, listens on 127.0.0.1 at a free
// port (printed as "PORT <n>" on stdout) and behaves according to the request's prompt:
//   fail:CODE[:message]   answers with that status (e.g. fail:UNAVAILABLE, fail:INVALID_ARGUMENT:no dragons)
//   slow:MS               waits MS milliseconds before answering (deadline tests)
//   flaky:N:key           the first N calls with this key fail with UNAVAILABLE, later ones succeed
//   large:BYTES           an image of BYTES bytes
//   nomedia / empty       an image without a media type / an empty image
//   frames:N              (StreamFrames) N frames at the request's fps, then the end; without it, frames until cancelled
//   fail-after:K          (StreamFrames) K frames, then INTERNAL
//   stats                 (Generate) JSON in the image bytes: calls per key and the keys of streams the client cancelled
// With FRAMES_DIR set (the canvas benchmark), StreamFrames cycles through the JPEG files of that folder instead.
'use strict';
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const PROTO = path.join(__dirname, '..', '..', 'protos', 'sdxl_turbo.proto');
const definition = protoLoader.loadSync(PROTO, { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true });
const proto = grpc.loadPackageDefinition(definition).storyexhibit.sdxl.v1;

// The smallest valid PNG: 1x1 transparent pixel.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
  '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

const fs = require('fs');
const FRAMES = process.env.FRAMES_DIR
  ? fs.readdirSync(process.env.FRAMES_DIR).filter(f => f.endsWith('.jpg')).sort().map(f => fs.readFileSync(path.join(process.env.FRAMES_DIR, f)))
  : [];

const flaky = new Map();
const calls = new Map();
const cancelled = [];

const first = (prompt) => (prompt || '').split(',')[0].trim();
const count = (key) => calls.set(key, (calls.get(key) || 0) + 1);

function failure(spec) {
  // fail:CODE[:message]
  const [, code, ...rest] = spec.split(':');
  const status = grpc.status[code] !== undefined ? grpc.status[code] : grpc.status.UNKNOWN;
  return { code: status, details: rest.length ? rest.join(':') : `forced ${code}` };
}

function flakyFailure(spec) {
  const [, n, key] = spec.split(':');
  const seen = flaky.get(key) || 0;
  flaky.set(key, seen + 1);
  return seen < Number(n) ? { code: grpc.status.UNAVAILABLE, details: `flaky ${key}: attempt ${seen + 1} of ${n} fails` } : null;
}

function image(spec, req) {
  let bytes = PNG;
  let mediaType = 'image/png';
  if (spec.startsWith('large:')) {
    const size = Number(spec.split(':')[1]);
    bytes = Buffer.alloc(size, 7);
    PNG.copy(bytes, 0, 0, 8);
  } else if (spec === 'nomedia') mediaType = '';
  else if (spec === 'empty') bytes = Buffer.alloc(0);
  return { bytes, mediaType, width: req.width || 512, height: req.height || 512 };
}

function generate(call, callback) {
  const req = call.request;
  const spec = first(req.prompt);
  count(spec);
  const started = Date.now();
  if (spec === 'stats') {
    return callback(null, { image: Buffer.from(JSON.stringify({ calls: Object.fromEntries(calls), cancelled })), mediaType: 'application/json' });
  }
  if (spec.startsWith('fail:')) return callback(failure(spec));
  if (spec.startsWith('flaky:')) { const f = flakyFailure(spec); if (f) return callback(f); }
  const answer = () => {
    const img = image(spec, req);
    callback(null, { image: img.bytes, mediaType: img.mediaType, width: img.width, height: img.height, seed: req.seed, elapsedMs: Date.now() - started });
  };
  if (spec.startsWith('slow:')) {
    const timer = setTimeout(answer, Number(spec.split(':')[1]));
    call.on('cancelled', () => clearTimeout(timer));
  } else answer();
}

function streamFrames(call) {
  const req = call.request;
  const spec = first(req.prompt);
  count(spec);
  if (spec.startsWith('fail:')) return call.emit('error', failure(spec));
  if (spec.startsWith('flaky:')) { const f = flakyFailure(spec); if (f) return call.emit('error', f); }
  const fps = req.fps > 0 ? req.fps : 4;
  const total = spec.startsWith('frames:') ? Number(spec.split(':')[1]) : (req.maxFrames > 0 ? req.maxFrames : Infinity);
  const failAfter = spec.startsWith('fail-after:') ? Number(spec.split(':')[1]) : Infinity;
  let id = 0;
  let timer = null;
  let done = false;
  call.on('cancelled', () => { done = true; clearTimeout(timer); cancelled.push(spec); });
  const tick = () => {
    if (done) return;
    if (id >= failAfter) { done = true; return call.emit('error', { code: grpc.status.INTERNAL, details: `stream failed after ${id} frames` }); }
    if (id >= total) { done = true; return call.end(); }
    id += 1;
    const picture = FRAMES.length ? { image: FRAMES[id % FRAMES.length], mediaType: 'image/jpeg' } : { image: PNG, mediaType: 'image/png' };
    call.write({ id, timestampUnixMs: Date.now(), ...picture, width: req.width || 512, height: req.height || 512, seed: req.seed + id });
    timer = setTimeout(tick, 1000 / fps);
  };
  tick();
}

const server = new grpc.Server({ 'grpc.max_send_message_length': -1, 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
server.addService(proto.ImageService.service, { generate, streamFrames });
server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) { console.error(err); process.exit(1); }
  console.log(`PORT ${port}`);
});
process.stdin.on('end', () => process.exit(0)); // the test fixture closing stdin stops the server
process.stdin.resume();
process.on('SIGTERM', () => server.tryShutdown(() => process.exit(0)));
