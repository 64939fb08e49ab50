// wasmport::JsValue in exports and imports: by value and by const&, as
// parameters and results; the JsValue operations the module then imports.
#include <wasmport/wasmport.h>

#include <string>
#include <utility>

using wasmport::JsValue;

namespace {
JsValue Held;
}

[[wasmport::import("hostLookup")]] JsValue lookup(const std::string &key);
[[wasmport::import("hostShow")]] void show(const JsValue &value, int depth);

[[wasmport::export]] void hold(JsValue value) { Held = std::move(value); }
[[wasmport::export]] JsValue held() { return Held; }
[[wasmport::export]] double width(const JsValue &box) {
  show(box, 1);
  return box.get("width").asNumber().value_or(0) +
         lookup("margin").asNumber().value_or(0);
}
