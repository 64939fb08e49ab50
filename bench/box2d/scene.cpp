//===- scene.cpp - The Box2D benchmark's scene, driven from C++ -----------===//
//
// bench/box2d's scene with no binding at all: a ground box 220 m wide and
// 500 dynamic 1 m boxes in 50 stacks of 10, 2 m apart, stepped 600 times at
// 1/60 s; after each step every body's position and angle is read and added to
// a checksum, as the JS drivers (bench.mjs) do through their bindings.
// Built twice against examples/box2d's libbox2d.a: natively (the physics at
// native speed) and for wasm32-wasi (the physics alone in wasm, the same
// library the wasmport module links: what is left of a JS step's time is the
// binding's). Prints `steps S seconds T checksum C bits B` (B: the checksum's
// IEEE bits in hex, for bit-for-bit comparisons).
//
//===----------------------------------------------------------------------===//

#include <box2d/box2d.h>

#include <chrono>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

int main() {
  // On the heap: a b2World holds its 100 KB stack allocator, more than
  // wasm32-wasi's default 64 KB stack.
  auto World = std::make_unique<b2World>(b2Vec2(0.0f, -10.0f));
  b2BodyDef GroundDef;
  GroundDef.position.Set(0.0f, -1.0f);
  b2PolygonShape GroundBox;
  GroundBox.SetAsBox(110.0f, 1.0f);
  World->CreateBody(&GroundDef)->CreateFixture(&GroundBox, 0.0f);

  std::vector<b2Body *> Bodies;
  b2PolygonShape Box;
  Box.SetAsBox(0.5f, 0.5f);
  for (int Column = 0; Column < 50; ++Column) {
    for (int Row = 0; Row < 10; ++Row) {
      b2BodyDef Def;
      Def.type = b2_dynamicBody;
      Def.position.Set(-50.0f + 2.0f * Column, 0.5f + 1.05f * Row);
      b2Body *Body = World->CreateBody(&Def);
      Body->CreateFixture(&Box, 1.0f)->SetFriction(0.3f);
      Bodies.push_back(Body);
    }
  }

  constexpr int Steps = 600;
  double Checksum = 0;
  auto Start = std::chrono::steady_clock::now();
  for (int Step = 0; Step < Steps; ++Step) {
    World->Step(1.0f / 60.0f, 8, 3);
    for (b2Body *Body : Bodies) {
      const b2Vec2 &P = Body->GetPosition();
      Checksum = Checksum + P.x + P.y + Body->GetAngle(); // in double, as JS adds
    }
  }
  std::chrono::duration<double> Seconds = std::chrono::steady_clock::now() - Start;
  uint64_t Bits;
  std::memcpy(&Bits, &Checksum, sizeof Bits);
  std::printf("steps %d seconds %.6f checksum %.6f bits %016" PRIx64 "\n", Steps, Seconds.count(),
              Checksum, Bits);
  return 0;
}
