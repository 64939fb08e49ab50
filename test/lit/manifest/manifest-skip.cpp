// [[wasmport::skip]] leaves a member of an exported class, or a declaration in
// an exported namespace, out of the bindings; nothing else changes.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json
// RUN: %FileCheck %s --check-prefix=ABSENT --input-file=%t.json

class [[wasmport::export]] Cache {
public:
  Cache() = default;
  [[wasmport::skip]] explicit Cache(int capacity) : size(capacity) {}
  int count() const { return size; }
  [[wasmport::skip]] void compact() {}
  [[wasmport::skip]] static Cache global() { return Cache(); }
  static Cache make() { return Cache(); }
  // Skipping one overload leaves the other under the plain name.
  void put(int key) {}
  [[wasmport::skip]] void put(const char *key) {}
private:
  int size = 0;
};
// CHECK:      "classes": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "constructors": [
// CHECK-NEXT:       {
// CHECK:              "params": [],
// CHECK:              "symbol": "__wasmport_new_5Cache_0"
// CHECK-NEXT:       }
// CHECK-NEXT:     ],
// CHECK:          "methods": [
// CHECK:              "js": "count",
// CHECK:              "js": "make",
// CHECK:              "js": "put",
// CHECK:                  "kind": "i32"
// CHECK:          ]

namespace [[wasmport::export]] store {
int open() { return 0; }
[[wasmport::skip]] int debugDump() { return 0; }
class [[wasmport::skip]] Internal { public: void f() {} };
enum class [[wasmport::skip]] Secret { Hidden };
enum class Level { Low };
class Visible { public: void g() {} };
}
// CHECK:          "js": "Visible",
// CHECK:      "enums": [
// CHECK:          "js": "Level",
// CHECK:      "functions": [
// CHECK:          "cpp": "::store::open",
// CHECK-NEXT:     "js": "open",

// ABSENT-NOT: compact
// ABSENT-NOT: global
// ABSENT-NOT: debugDump
// ABSENT-NOT: Internal
// ABSENT-NOT: Secret
// ABSENT-NOT: __wasmport_new_5Cache_1
