// The Web API headers declare the whole platform, so a class in namespace
// wasmport::web imports only the members the translation unit uses
// (docs/WebAPIs.md): here `used`, called from an export, and `viaTemplate`,
// called only through a function template with a dependent receiver (used
// once the template is instantiated, which the plugin makes happen before it
// collects); `unused` is not imported. The rewrite tool, which collects at
// the end of the translation unit, sees the same uses.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <wasmport/wasmport.h>

namespace wasmport::web {
class [[wasmport::import("Thing")]] Thing : public ::wasmport::JsValue {
public:
  [[wasmport::constructor]] static Thing create();
  int used() const;
  int unused() const;
  void viaTemplate(int value);
};
} // namespace wasmport::web

template <class T> void poke(T &Target, int Value) { Target.viaTemplate(Value); }

[[wasmport::export]] int run() {
  wasmport::web::Thing T = wasmport::web::Thing::create();
  poke(T, 3);
  return T.used();
}

// CHECK:     "imports": [
// CHECK-NOT: "unused"
// CHECK:     "member": "used"
// CHECK-NOT: "unused"
// CHECK:     "member": "viaTemplate"
// CHECK-NOT: "unused"
