// serve.mjs DIR [--port N] [--seconds S]: serves the example's page (DIR:
// index.html, main.mjs, items.json, style.css and pkg/) on 127.0.0.1 and
// prints its address. The same Content-Security-Policy as wasmport's own
// browser tests: scripts from this origin and WebAssembly only, no eval, no
// inline script. --port 0 picks a free port; --seconds stops the server
// after S seconds (the browser test bounds it so).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '8000' }, seconds: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: node serve.mjs DIR [--port N] [--seconds S]');
  process.exit(2);
}
const root = path.resolve(positionals[0]);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', // exactly this, or instantiateStreaming refuses
};
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";

const server = http.createServer((req, res) => {
  let file = null;
  try {
    let name = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (name.endsWith('/')) name += 'index.html';
    file = path.resolve(root, '.' + name);
    if (!file.startsWith(root + path.sep) || !fs.statSync(file).isFile()) file = null;
  } catch {
    file = null;
  }
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
    console.log(`${req.method} ${req.url} 404`);
    return;
  }
  const body = fs.readFileSync(file);
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  const headers = { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = csp;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  console.log(`${req.method} ${req.url} 200`);
});
server.listen(Number(opts.port), '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}/`);
});
if (opts.seconds) setTimeout(() => server.close(() => process.exit(0)), Number(opts.seconds) * 1000).unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
