// Foreign entities: classes, enums and functions declared in a header the
// user cannot annotate, exported from a binding file by alias-declarations and
// by using-declarations inside an exported namespace. The JS name is the
// alias's (or the attribute's argument); the C++ name stays the library's.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

namespace lib {
struct vec2 { float x = 0, y = 0; };
enum body_type { static_body, kinematic_body = 4, dynamic_body };
enum class shape : unsigned char { circle, box };
class world {
public:
  explicit world(vec2 g) : gravity(g) {}
  float gx() const { return gravity.x; }
  vec2 gravity;
};
float dot(vec2 a, vec2 b) { return a.x * b.x + a.y * b.y; }
} // namespace lib
int cross(lib::vec2 a, lib::vec2 b) { return int(a.x * b.y - a.y * b.x); }

using World [[wasmport::export]] = lib::world;
using Vec2 [[wasmport::value]] = lib::vec2;
using BodyType [[wasmport::export]] = lib::body_type;
using Shape [[wasmport::export("ShapeKind")]] = lib::shape;
namespace [[wasmport::export]] b2 { using lib::dot; using ::cross; }

// CHECK-DAG: "js": "BodyType"
// CHECK-DAG: "cpp": "::lib::body_type"
// CHECK-DAG: "name": "static_body"
// CHECK-DAG: "name": "kinematic_body"
// CHECK-DAG: "name": "dynamic_body"
// CHECK-DAG: "js": "ShapeKind"
// CHECK-DAG: "cpp": "::lib::shape"
// CHECK-DAG: "js": "Vec2"
// CHECK-DAG: "cpp": "::lib::vec2"
// CHECK-DAG: "js": "World"
// CHECK-DAG: "cpp": "::lib::world"
// CHECK-DAG: "js": "dot"
// CHECK-DAG: "cpp": "::lib::dot"
// CHECK-DAG: "js": "cross"
// CHECK-DAG: "js": "gx"
// CHECK-DAG: "js": "gravity"
