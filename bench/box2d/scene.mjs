// bench/box2d's scene, driven from JS: the same world as scene.cpp (a ground
// box, 500 boxes in 50 stacks of 10, 600 steps of 1/60 s, every body's
// position and angle read after each step), through one of two bindings of
// Box2D 2.4.1:
//   wasmport    examples/box2d's module (binding.cpp: Box2D's own classes,
//               b2Vec2 a value struct copied out as {x, y})
//   box2d-wasm  npm's box2d-wasm 7.0.0 (Emscripten's WebIDL binder; the SIMD
//               build where the engine has SIMD, as its entry point picks)
// Each adapter makes the world and returns { step(), read(sum): sum plus every
// body's x + y + angle, dispose() }.

export const STEPS = 600;

/** @param m the initialized wasmport module (examples/box2d's box2d_js). */
export function wasmportWorld(m) {
  const world = new m.b2World({ x: 0, y: -10 });
  const groundDef = new m.b2BodyDef();
  groundDef.position = { x: 0, y: -1 };
  const groundBox = new m.b2PolygonShape();
  groundBox.SetAsBox(110, 1);
  world.CreateBody(groundDef).CreateFixture(groundBox, 0);
  groundBox.free();
  groundDef.free();

  const bodies = [];
  const box = new m.b2PolygonShape();
  box.SetAsBox(0.5, 0.5);
  const def = new m.b2BodyDef();
  def.type = m.b2BodyType.b2_dynamicBody;
  for (let column = 0; column < 50; column++) {
    for (let row = 0; row < 10; row++) {
      def.position = { x: Math.fround(-50 + 2 * column), y: Math.fround(0.5 + Math.fround(Math.fround(1.05) * row)) };
      const body = world.CreateBody(def);
      body.CreateFixture(box, 1).SetFriction(0.3);
      bodies.push(body);
    }
  }
  def.free();
  box.free();
  return {
    step: () => world.Step(1 / 60, 8, 3),
    read(sum) {
      for (const body of bodies) {
        const p = body.GetPosition();
        sum = sum + p.x + p.y + body.GetAngle(); // as scene.cpp adds
      }
      return sum;
    },
    dispose: () => world.free(),
  };
}

/** @param b the initialized box2d-wasm module. */
export function box2dWasmWorld(b) {
  const gravity = new b.b2Vec2(0, -10);
  const world = new b.b2World(gravity);
  const groundDef = new b.b2BodyDef();
  const v = new b.b2Vec2(0, -1);
  groundDef.set_position(v);
  const groundBox = new b.b2PolygonShape();
  groundBox.SetAsBox(110, 1);
  world.CreateBody(groundDef).CreateFixture(groundBox, 0);

  const bodies = [];
  const box = new b.b2PolygonShape();
  box.SetAsBox(0.5, 0.5);
  const def = new b.b2BodyDef();
  def.set_type(b.b2_dynamicBody);
  for (let column = 0; column < 50; column++) {
    for (let row = 0; row < 10; row++) {
      v.Set(Math.fround(-50 + 2 * column), Math.fround(0.5 + Math.fround(Math.fround(1.05) * row)));
      def.set_position(v);
      const body = world.CreateBody(def);
      body.CreateFixture(box, 1).SetFriction(0.3);
      bodies.push(body);
    }
  }
  return {
    step: () => world.Step(1 / 60, 8, 3),
    read(sum) {
      for (const body of bodies) {
        const p = body.GetPosition();
        sum = sum + p.get_x() + p.get_y() + body.GetAngle();
      }
      return sum;
    },
    dispose() {
      for (const o of [def, box, groundBox, groundDef, v, world, gravity]) b.destroy(o);
    },
  };
}

/** Runs the scene; returns { seconds, checksum }. */
export function run(world) {
  let checksum = 0;
  const t0 = performance.now();
  for (let i = 0; i < STEPS; i++) {
    world.step();
    checksum = world.read(checksum);
  }
  const seconds = (performance.now() - t0) / 1000;
  world.dispose();
  return { seconds, checksum };
}
