// The example's scenes driven from JS through the binding (binding.cpp): the
// same calls, in the same order, as scene.cpp's C++ main, so the results can
// be compared bit for bit. Used by run.mjs (Node) and page.mjs (the browser).
//
// simulate(m, 'stack'): a ground box and a stack of 20 falling 1 m boxes;
// simulate(m, 'tilted'): one box dropped at an angle. 300 steps of 1/60 s.
// Returns { bodies: [{ x, y, angle, halfWidth, halfHeight, dynamic }],
// contacts } (bodies in the world's body list order; contacts: BeginContact
// calls seen by the JS listener).

/** Makes the listener class: a JS class implementing b2ContactListener. */
function contactCounter(m) {
  return class ContactCounter extends m.b2ContactListener {
    begun = 0;
    BeginContact(contact) {
      // contact is a b2Contact the world owns: usable during the call.
      if (contact.IsTouching()) this.begun++;
    }
  };
}

/** A static ground box whose top is at y = 0. */
function addGround(m, world) {
  const def = new m.b2BodyDef();
  def.position = { x: 0, y: -1 }; // a b2Vec2: copied in
  const ground = world.CreateBody(def);
  const box = new m.b2PolygonShape();
  box.SetAsBox(20, 1);
  ground.CreateFixture(box, 0);
  box.free();
  def.free();
}

/** A dynamic 1 m box at (x, y) turned by angle. */
function addBox(m, world, x, y, angle) {
  const def = new m.b2BodyDef();
  def.type = m.b2BodyType.b2_dynamicBody;
  def.position = { x, y };
  def.angle = angle;
  const body = world.CreateBody(def);
  const box = new m.b2PolygonShape();
  box.SetAsBox(0.5, 0.5);
  body.CreateFixture(box, 1).SetFriction(0.3);
  box.free();
  def.free();
}

export function simulate(m, kind) {
  if (kind !== 'stack' && kind !== 'tilted') throw new Error(`no scene '${kind}'`);
  const world = new m.b2World({ x: 0, y: -10 });
  const ContactCounter = contactCounter(m);
  const counter = new ContactCounter();
  world.SetContactListener(counter);
  addGround(m, world);
  if (kind === 'stack') {
    for (let i = 0; i < 20; i++) addBox(m, world, 0.1 * (i % 4), 1 + 1.05 * i, 0);
  } else {
    addBox(m, world, 0, 4, 0.3);
  }
  for (let i = 0; i < 300; i++) world.Step(1 / 60, 8, 3);

  const bodies = [];
  for (let b = world.GetBodyList(); b; b = b.GetNext()) {
    const p = b.GetPosition(); // a copy of the body's const b2Vec2&
    const dynamic = b.GetType() === m.b2BodyType.b2_dynamicBody;
    bodies.push({
      x: p.x, y: p.y, angle: b.GetAngle(), dynamic,
      halfWidth: dynamic ? 0.5 : 20, halfHeight: dynamic ? 0.5 : 1,
    });
  }
  const contacts = counter.begun;
  world.free(); // destroys the bodies and fixtures it made
  counter.free();
  return { bodies, contacts };
}

/** The bits of a float (a number that came out of a C++ float) in hex. */
export function floatBits(value) {
  const f = new Float32Array([value]);
  if (f[0] !== value) throw new Error(`${value} is not a float`);
  return new Uint32Array(f.buffer)[0].toString(16).padStart(8, '0');
}

/** The result as scene.cpp prints it. */
export function format({ bodies, contacts }) {
  const lines = bodies.map((b, i) =>
    `body ${i} ${floatBits(b.x)} ${floatBits(b.y)} ${floatBits(b.angle)}`);
  lines.push(`contacts ${contacts}`);
  return lines.join('\n') + '\n';
}
