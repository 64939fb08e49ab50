//===- binding.cpp - The JS names of Box2D, and nothing else --------------===//
//
// The binding file of examples/box2d: aliases and using-declarations that
// export Box2D 2.4.1's classes, value structs and enums to JS as they are
// declared in its headers, which stay untouched (docs/ForeignLibraries.md).
// There is no wrapper code here: every JS call runs Box2D's own function.
//
//===----------------------------------------------------------------------===//

#include <box2d/box2d.h>
#include <wasmport/wasmport.h>

// The JS names are Box2D's: the aliases live in a namespace of their own.
namespace js {

// Vectors cross as plain JS objects ({x: 0, y: -10}), copied both ways:
// b2Vec2 is default-constructible and its public members x and y cross
// (its constructors and methods stay in C++). b2Vec3 is not bound, so the
// b2Vec3 overloads of b2Dot and b2Cross are left out (with a warning).
using b2Vec2 [[wasmport::value]] = ::b2Vec2;

// The world, and what it makes: bodies, fixtures and contacts have private or
// protected constructors and destructors (the world owns them), so JS gets
// them from the world's functions and cannot construct or free() them.
using b2World [[wasmport::export]] = ::b2World;
// GetPosition() and the other `const b2Vec2&` accessors copy the vector out.
using b2Body [[wasmport::export]] = ::b2Body;
using b2Fixture [[wasmport::export]] = ::b2Fixture;
using b2Contact [[wasmport::export]] = ::b2Contact;

// The definition JS fills in and passes to CreateBody. (b2FixtureDef's
// `const b2Shape* shape` is read-only in JS, as every pointer data member is,
// so JS makes fixtures with CreateFixture(shape, density) and SetFriction.)
using b2BodyDef [[wasmport::export]] = ::b2BodyDef;
using b2BodyType [[wasmport::export]] = ::b2BodyType; // unscoped

// Shapes: b2PolygonShape extends b2Shape in JS as in C++.
using b2Shape [[wasmport::export]] = ::b2Shape;
using b2PolygonShape [[wasmport::export]] = ::b2PolygonShape;

// The listener interface a JS class extends (virtual BeginContact(b2Contact*)).
using b2ContactListener [[wasmport::export]] = ::b2ContactListener;

} // namespace js

// Free functions of b2_math.h, every overload of each name.
namespace [[wasmport::export]] b2 {
using ::b2Dot;
using ::b2Cross;
using ::b2Distance;
} // namespace b2
