// A binding file and nothing else (docs/ForeignLibraries.md): foreign_lib.h
// is exported by alias-declarations and using-declarations only, with a
// member left out and one renamed from here. The rewrite parity test builds
// it both ways (test/rewrite).
#include "foreign_lib.h"

#include <wasmport/wasmport.h>

using Vec2 [[wasmport::value]] = geo::vec2;
using Vec3 [[wasmport::value]] = geo::vec3;
using BodyType [[wasmport::export]] = geo::body_type;
using Color [[wasmport::export("Colour")]] = geo::color;
using Shape [[wasmport::export, wasmport::skip("secret"), wasmport::rename("id", "shapeId")]] =
    geo::shape;
using Circle [[wasmport::export]] = geo::circle;
using Logger [[wasmport::export]] = geo::logger;
using World [[wasmport::export]] = geo::world;
using Body [[wasmport::export]] = geo::body;
using Listener [[wasmport::export]] = geo::listener;

namespace [[wasmport::export]] maths {
using ::dot;
using ::extend;
using ::scale;
} // namespace maths
