// Preloaded (`node --require`) into every server the benchmark runs: the comparison must run
// offline, and a server that reaches for the network (a schema store, a CRD catalogue) would be
// measured waiting on it. Attempts fail at once and are reported on stderr, which the benchmark
// checks. stdio pipes are sockets opened from file descriptors and never call connect().
'use strict';
const net = require('node:net');
const dns = require('node:dns');

function report(what) {
  process.stderr.write(`bench: network access blocked: ${what}\n`);
}

net.Socket.prototype.connect = function connect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0]; // net.connect() passes normalized [options, cb]
  const target = first && typeof first === 'object' ? `${first.host ?? ''}:${first.port ?? first.path ?? ''}` : String(first);
  report(target);
  process.nextTick(() => this.destroy(new Error('network access is disabled by the benchmark')));
  return this;
};

dns.lookup = function lookup(host, options, callback) {
  report(`dns ${host}`);
  const cb = typeof options === 'function' ? options : callback;
  process.nextTick(() => cb(new Error('network access is disabled by the benchmark')));
};
