//===- scene.cpp - The example's scenes driven from C++ -------------------===//
//
// The references the JS driver (scene.mjs) is checked against: the same
// scenes built with the same calls in the same order, from a C++ main.
// Compiled for wasm32-wasi against the very libbox2d.a the module links, its
// `stack` output must be bit-identical to the JS one; compiled natively, its
// `tilted` output must match within 1e-4 (a toppling stack is chaotic, and
// glibc's and wasi-libc's sinf/cosf differ in the last bits).
//
// Every constant is a double converted to float, as a JS number is when it
// crosses into a float parameter. Output: one line per body in the world's
// body list (`body INDEX X Y ANGLE`, each float's bits in hex), then
// `contacts N` (BeginContact calls).
//
//===----------------------------------------------------------------------===//

#include <box2d/box2d.h>

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace {

/// Counts BeginContact calls, as the JS listener does.
class ContactCounter : public b2ContactListener {
public:
  int Begun = 0;
  void BeginContact(b2Contact *Contact) override {
    if (Contact->IsTouching())
      ++Begun;
  }
};

uint32_t bits(float F) {
  uint32_t B;
  std::memcpy(&B, &F, sizeof B);
  return B;
}

/// A static ground box whose top is at y = 0.
void addGround(b2World &World) {
  b2BodyDef Def;
  Def.position = b2Vec2(0.0, -1.0);
  b2Body *Ground = World.CreateBody(&Def);
  b2PolygonShape Box;
  Box.SetAsBox(20.0, 1.0);
  Ground->CreateFixture(&Box, 0.0);
}

/// A dynamic 1 m box at (X, Y) turned by Angle.
void addBox(b2World &World, double X, double Y, double Angle) {
  b2BodyDef Def;
  Def.type = b2_dynamicBody;
  Def.position = b2Vec2(X, Y);
  Def.angle = Angle;
  b2Body *Body = World.CreateBody(&Def);
  b2PolygonShape Box;
  Box.SetAsBox(0.5, 0.5);
  Body->CreateFixture(&Box, 1.0)->SetFriction(0.3);
}

void print(const b2World &World, int Contacts) {
  int Index = 0;
  for (const b2Body *B = World.GetBodyList(); B; B = B->GetNext(), ++Index) {
    // As JS reads it (GetPosition is not bound: docs/ForeignLibraries.md).
    b2Vec2 P = B->GetWorldPoint(b2Vec2(0.0, 0.0));
    std::printf("body %d %08x %08x %08x\n", Index, bits(P.x), bits(P.y),
                bits(B->GetAngle()));
  }
  std::printf("contacts %d\n", Contacts);
}

} // namespace

int main(int Argc, char **Argv) {
  bool Stack = Argc == 2 && std::strcmp(Argv[1], "stack") == 0;
  bool Tilted = Argc == 2 && std::strcmp(Argv[1], "tilted") == 0;
  if (!Stack && !Tilted) {
    std::fprintf(stderr, "usage: scene stack|tilted\n");
    return 2;
  }
  // On the heap: a b2World holds a 100 KB stack allocator, more than wasm's
  // default 64 KiB stack.
  b2World *World = new b2World(b2Vec2(0.0, -10.0));
  ContactCounter Counter;
  World->SetContactListener(&Counter);
  addGround(*World);
  if (Stack) {
    // Twenty boxes, each a little to the side of the one below: the stack
    // lands, leans and topples.
    for (int I = 0; I < 20; ++I)
      addBox(*World, 0.1 * (I % 4), 1.0 + 1.05 * I, 0.0);
  } else {
    addBox(*World, 0.0, 4.0, 0.3);
  }
  for (int I = 0; I < 300; ++I)
    World->Step(1.0 / 60.0, 8, 3);
  print(*World, Counter.Begun);
  delete World;
  return 0;
}
