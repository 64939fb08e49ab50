// wasmport::JsValue: JS values held, inspected and called from C++, in
// exports and imports. Built without C++ exceptions: a JS exception goes on
// into the JS caller.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>
#include <utility>

using wasmport::JsType;
using wasmport::JsValue;

namespace {
JsValue Held;
} // namespace

[[wasmport::export]] void hold(JsValue v) { Held = std::move(v); }
[[wasmport::export]] JsValue held() { return Held; }
[[wasmport::export]] void drop_held() { Held = JsValue(); }

[[wasmport::export]] std::string type_of(const JsValue &v) {
  switch (v.type()) {
  case JsType::Undefined: return "undefined";
  case JsType::Null: return "null";
  case JsType::Boolean: return "boolean";
  case JsType::Number: return "number";
  case JsType::String: return "string";
  case JsType::BigInt: return "bigint";
  case JsType::Symbol: return "symbol";
  case JsType::Function: return "function";
  case JsType::Object: return "object";
  }
  return "?";
}

[[wasmport::export]] std::string convert(const JsValue &v) {
  if (auto B = v.asBool())
    return *B ? "bool true" : "bool false";
  if (auto N = v.asNumber())
    return "number " + std::to_string(*N);
  if (auto S = v.asString())
    return "string " + *S;
  if (auto I = v.asBigInt())
    return "bigint " + std::to_string(*I);
  if (auto I = v.as<int>())
    return "int " + std::to_string(*I);
  return std::string("none") + (v.isObject() ? " object" : "") +
         (v.isNullish() ? " nullish" : "");
}

[[wasmport::export]] std::string as_int(const JsValue &v) {
  auto I = v.as<int>();
  return I ? std::to_string(*I) : "not an int";
}

[[wasmport::export]] JsValue make_values() {
  JsValue A = JsValue::array();
  A.call("push", 1, 2.5, true, "text", std::string("héllo"), JsValue::null(),
         JsValue(), std::int64_t(-9007199254740993));
  return A;
}

[[wasmport::export]] JsValue make_point(double x, double y) {
  JsValue P = JsValue::object();
  P.set("x", x);
  P.set("y", y);
  return P;
}

[[wasmport::export]] double sum_xy(const JsValue &p) {
  return p.get("x").asNumber().value_or(0) + p.get("y").asNumber().value_or(0);
}

[[wasmport::export]] JsValue element(const JsValue &array, int index) {
  return array.get(index);
}

[[wasmport::export]] std::string greet_with(const JsValue &greeter,
                                            std::string name) {
  return greeter.call("greet", name, 3).asString().value_or("<no string>");
}

[[wasmport::export]] JsValue call_function(const JsValue &f, int a,
                                           std::string b) {
  return f(a, b);
}

[[wasmport::export]] JsValue apply_to(const JsValue &f, const JsValue &self) {
  return f.apply(self, 10);
}

[[wasmport::export]] double date_year(double ms) {
  JsValue D = JsValue::global("Date").new_(ms);
  return D.call("getUTCFullYear").asNumber().value_or(-1);
}

[[wasmport::export]] bool is_instance(const JsValue &v, const JsValue &ctor) {
  return v.instanceOf(ctor);
}

[[wasmport::export]] bool same(const JsValue &a, const JsValue &b) {
  return a == b;
}

/// Copies and moves make and release handles; all are equal to v.
[[wasmport::export]] bool copies(JsValue v) {
  JsValue A = v;
  JsValue B = A;
  JsValue C = std::move(B);
  A = C;
  C = std::move(A);
  return C == v && B.isUndefined() && A.isUndefined();
}

[[wasmport::export]] JsValue big(std::int64_t v) { return JsValue(v); }

/// A getter that throws, or a property read of undefined: the JS exception
/// goes on into the caller.
[[wasmport::export]] double nested(const JsValue &obj) {
  JsValue Keep = JsValue::object(); // Abandoned with the frame.
  return obj.get("a").get("b").asNumber().value_or(-1);
}

[[wasmport::export]] JsValue make_error(std::string message) {
  return JsValue::error(message);
}

/// Makes n objects with a property each; nothing is kept.
[[wasmport::export]] int churn(int n) {
  int Sum = 0;
  for (int I = 0; I < n; ++I) {
    JsValue O = JsValue::object();
    O.set("i", I);
    Sum += O.get("i").as<int>().value_or(0) == I;
  }
  return Sum;
}

[[wasmport::import("hostMakeThing")]] JsValue make_thing(std::string name);
[[wasmport::import("hostInspect")]] std::string inspect(const JsValue &v);
[[wasmport::import("hostKeep")]] void keep(JsValue v);

[[wasmport::export]] std::string through_imports(std::string name) {
  JsValue Thing = make_thing(name);
  keep(Thing);
  return inspect(Thing);
}
