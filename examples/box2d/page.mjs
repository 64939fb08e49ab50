// The example's web page: runs the stack scene of scene.mjs on the module
// (--target web, served under ./pkg/) and draws the bodies on the canvas.
// The drawing's geometry (view) is also what test/libs/box2d/screenshot.mjs
// checks the screenshot against. When done, the page's title is "done" and
// <pre id="result"> holds the bodies as JSON.
import init, * as m from './pkg/box2d_js.js';
import { simulate } from './scene.mjs';
import { colors, view } from './view.mjs';

await init();
const result = simulate(m, 'stack');
const canvas = document.getElementById('scene');
const g = canvas.getContext('2d');
g.fillStyle = colors.background;
g.fillRect(0, 0, canvas.width, canvas.height);
for (const body of result.bodies) {
  const [px, py] = view.toPixels(body.x, body.y);
  g.save();
  g.translate(px, py);
  g.rotate(-body.angle); // y grows downwards on the canvas
  g.fillStyle = body.dynamic ? colors.box : colors.ground;
  const w = body.halfWidth * view.scale;
  const h = body.halfHeight * view.scale;
  g.fillRect(-w, -h, 2 * w, 2 * h);
  g.restore();
}
document.getElementById('result').textContent = JSON.stringify(result);
document.title = 'done';
