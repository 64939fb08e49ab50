// The browser test of examples/box2d: serves the example's page (index.html
// with the module under ./pkg/, as examples/box2d/run.sh lays it out) on
// 127.0.0.1, takes a screenshot with `chromium --headless --screenshot`, and
// checks that the boxes were drawn where the simulation says: the pixels at
// the bodies' centres and inside their corners have the box colour, the
// ground's has the ground colour, and the box-coloured area is that of 20
// boxes. Where the simulation says comes from the Node run of the same
// module (stack.js.txt, bit-identical to the C++ reference).
//   node screenshot.mjs OUT_DIR   (run.sh's output directory)
// Writes OUT_DIR/screenshot.png. Chromium missing is a failure, not a skip.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, serve } from '../../browser/chromium.mjs';
import { decodePng } from '../../browser/png.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { rgb, view } = await import(path.join(here, '../../../examples/box2d/view.mjs'));

function fail(message) {
  console.error(`box2d-browser: FAIL: ${message}`);
  process.exit(1);
}

/** The bodies of run.sh's stack.js.txt: [{ x, y, angle }], newest first. */
function readBodies(file) {
  const bodies = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = line.split(' ');
    if (f[0] !== 'body') continue;
    const [x, y, angle] = f.slice(2).map((hex) =>
      new Float32Array(new Uint32Array([parseInt(hex, 16)]).buffer)[0]);
    bodies.push({ x, y, angle });
  }
  return bodies;
}

const near = (got, want) => got.every((v, i) => Math.abs(v - want[i]) <= 12);

const outDir = path.resolve(process.argv[2] ?? fail('usage: node screenshot.mjs OUT_DIR'));
const webDir = path.join(outDir, 'web');
if (!fs.existsSync(path.join(webDir, 'pkg', 'box2d_js.js')))
  fail(`${webDir} has no page with its module: run examples/box2d/run.sh ${outDir} first`);
const bodies = readBodies(path.join(outDir, 'stack.js.txt'));
// The body list is newest first: the ground, made first, is last.
const ground = bodies.pop();
if (bodies.length !== 20) fail(`stack.js.txt has ${bodies.length + 1} bodies, not 21`);

const chromium = findChromium();
if (!chromium) fail('chromium not found (scripts/setup.sh installs it; or set WASMPORT_CHROMIUM)');
const server = await serve(webDir);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'wasmport-box2d-'));
const png = path.join(outDir, 'screenshot.png');
fs.rmSync(png, { force: true });
const args = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-extensions', '--disable-dev-shm-usage', '--force-device-scale-factor=1',
  `--user-data-dir=${profile}`, `--window-size=${view.width},${view.height}`,
  // Waits for the page's fetches, compilation and drawing before the shot.
  '--virtual-time-budget=30000', `--screenshot=${png}`, server.url,
];
let stderr = '';
const code = await new Promise((resolve) => {
  const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  child.stderr.on('data', (d) => { stderr += d; });
  child.on('close', (c) => { clearTimeout(timer); resolve(c); });
});
await server.close();
fs.rmSync(profile, { recursive: true, force: true });
if (code !== 0 || !fs.existsSync(png))
  fail(`chromium exited with ${code} and wrote no screenshot:\n${stderr}\nserved: ${server.served.join('\n')}`);
if (!server.served.some((s) => s.startsWith('GET /pkg/box2d_js.wasm 200')))
  fail(`the page did not load the module; served:\n${server.served.join('\n')}`);

const image = decodePng(fs.readFileSync(png));
const problems = [];
function expect(what, px, py, want, name) {
  const got = image.pixel(px, py);
  if (!near(got, want)) problems.push(`${what} at pixel (${px.toFixed(1)}, ${py.toFixed(1)}): rgb(${got}) is not the ${name} rgb(${want})`);
}
const [gx, gy] = view.toPixels(ground.x, ground.y);
expect('the ground', gx, gy, rgb.ground, 'ground colour');
expect('the sky', 10, 10, rgb.background, 'background');
bodies.forEach((b, i) => {
  const [px, py] = view.toPixels(b.x, b.y);
  expect(`box ${i} (${b.x.toFixed(2)}, ${b.y.toFixed(2)})`, px, py, rgb.box, 'box colour');
  // Inside its corners: 0.35 m along each diagonal, turned with the box.
  const c = Math.cos(b.angle), s = Math.sin(b.angle);
  for (const [lx, ly] of [[0.35, 0.35], [-0.35, 0.35], [0.35, -0.35], [-0.35, -0.35]]) {
    const [qx, qy] = view.toPixels(b.x + c * lx - s * ly, b.y + s * lx + c * ly);
    expect(`box ${i}'s corner`, qx, qy, rgb.box, 'box colour');
  }
});
let boxPixels = 0;
for (let y = 0; y < image.height; y++)
  for (let x = 0; x < image.width; x++) if (near(image.pixel(x, y), rgb.box)) boxPixels++;
const want = 20 * (view.scale * view.scale);
if (Math.abs(boxPixels - want) > 0.15 * want)
  problems.push(`${boxPixels} box-coloured pixels, not about ${want} (20 boxes of ${view.scale}x${view.scale}, less their antialiased edges)`);
if (problems.length) fail(`${png} (${image.width}x${image.height}):\n  ${problems.join('\n  ')}`);
console.log(`box2d-browser: ok: ${png}: the ground and 20 boxes drawn where the simulation puts them (${boxPixels} box pixels)`);
