// Imported JS classes (imported_classes.h) used from exports: Date and Map
// from globalThis, Counter and StepCounter from an ES module; instances
// held by C++ across calls, passed both ways, and given to a plain import.
// Built without C++ exceptions: a JS exception goes on into the JS caller.
#include "imported_classes.h"

#include <utility>

namespace {
// Held across calls; undefined until set.
Date HeldDate;
Map HeldMap;
Counter HeldCounter;
} // namespace

// Date: constructor, methods, a static, a string result.
[[wasmport::export]] double date_year(double ms) {
  return Date::create(ms).getUTCFullYear();
}
[[wasmport::export]] std::string date_iso(double ms) {
  return Date::create(ms).toISOString();
}
[[wasmport::export]] double date_now() { return Date::now(); }
[[wasmport::export]] Date make_date(double ms) { return Date::create(ms); }
[[wasmport::export]] double date_time(const Date &d) { return d.getTime(); }

[[wasmport::export]] void hold_date(Date d) { HeldDate = std::move(d); }
[[wasmport::export]] Date held_date() { return HeldDate; }
[[wasmport::export]] std::string held_date_iso() {
  return HeldDate.toISOString();
}

// Map: every member, and a getter.
[[wasmport::export]] std::string map_ops() {
  Map M = Map::create();
  M.set("a", 1);
  M.set("b", JsValue("two"));
  std::string Out = "size=" + std::to_string(M.size());
  Out += " a=" + std::to_string(static_cast<int>(M.number("a")));
  Out += " b=" + M.get("b").asString().value_or("?");
  Out += " has(b)=" + std::to_string(M.has("b"));
  Out += " delete(a)=" + std::to_string(M.remove("a"));
  Out += " delete(a)=" + std::to_string(M.remove("a"));
  Out += " has(a)=" + std::to_string(M.has("a"));
  Out += " size=" + std::to_string(M.size());
  return Out;
}
[[wasmport::export]] Map make_map(double a) {
  Map M = Map::create();
  M.set("a", a);
  return M;
}
[[wasmport::export]] uint32_t map_size(const Map &m) { return m.size(); }
[[wasmport::export]] void hold_map(Map m) { HeldMap = std::move(m); }
[[wasmport::export]] Map held_map() { return HeldMap; }
[[wasmport::export]] void held_map_put(std::string_view key, double value) {
  HeldMap.set(key, value);
}

// Counter and StepCounter, from the ES module.
[[wasmport::export]] std::string counter_demo(int32_t start) {
  Counter C = Counter::make(start);
  C.add(3);
  std::string Out = C.label();
  C.setCount(C.count() * 10);
  return Out + " " + C.label() + " " + Counter::zero().label();
}
[[wasmport::export]] Counter make_step_counter(int32_t start, int32_t step) {
  StepCounter S = StepCounter::make(start, step);
  S.step();
  return S;
}
[[wasmport::export]] int32_t step_and_add(int32_t start, int32_t step) {
  StepCounter S = StepCounter::make(start, step);
  S.step();
  // Counter's members work on a StepCounter.
  return S.add(100) + S.step();
}
[[wasmport::export]] void hold_counter(Counter c) { HeldCounter = std::move(c); }
[[wasmport::export]] Counter held_counter() { return HeldCounter; }
[[wasmport::export]] int32_t held_add(int32_t n) { return HeldCounter.add(n); }
[[wasmport::export]] int32_t held_count() { return HeldCounter.count(); }

[[wasmport::export]] void drop_held() {
  HeldDate = Date();
  HeldMap = Map();
  HeldCounter = Counter();
}

// Imported classes as arguments of a plain import.
[[wasmport::export]] std::string describe_held() {
  return describe(HeldDate, HeldMap);
}

/// Makes and drops n Dates and Maps; nothing is kept.
[[wasmport::export]] double churn(int32_t n) {
  double Sum = 0;
  for (int32_t I = 0; I < n; ++I) {
    Map M = Map::create();
    M.set("t", Date::create(I));
    Sum += M.size() + Date::create(I).getTime();
  }
  return Sum;
}
