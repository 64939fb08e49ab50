// Imported JS classes: a global class, a class at a dotted path, classes of
// an ES module (one extending the other); constructors, methods (const or
// not, renamed, overloaded), statics, getters and setters; members with
// bodies stay C++; imported classes in the signatures of exports and
// imports.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>
#include <string_view>

class [[wasmport::import("Date")]] Date : public wasmport::JsValue {
public:
  [[wasmport::constructor]] static Date create(double ms);
  static double now() noexcept;
  double getTime() const;
  std::string toISOString() const;
  void setUTCFullYear(int32_t year);
  /// Ordinary C++: not imported.
  bool isLater(const Date &other) const { return getTime() > other.getTime(); }
};

namespace js {
class [[wasmport::import("Intl.Collator")]] Collator : public wasmport::JsValue {
public:
  [[wasmport::constructor]] static Collator create(std::string_view locale);
  int32_t compare(std::string_view a, std::string_view b) const;
};

class [[wasmport::import("Map")]] Map : public wasmport::JsValue {
public:
  [[wasmport::constructor]] static Map create();
  void set(std::string_view key, double value);
  void set(std::string_view key, const wasmport::JsValue &value);
  wasmport::JsValue get(std::string_view key) const;
  [[wasmport::import("delete")]] bool remove(std::string_view key);
  [[wasmport::getter]] uint32_t size() const;
};
} // namespace js

class [[wasmport::import("Counter", "./counter.js")]] Counter
    : public wasmport::JsValue {
public:
  [[wasmport::constructor]] static Counter make(int32_t start);
  int32_t add(int32_t n);
  [[wasmport::getter]] int32_t count() const;
  [[wasmport::setter]] void setCount(int32_t value);
  [[wasmport::getter("label")]] std::string describe() const;
};

class [[wasmport::import("StepCounter", "./counter.js")]] StepCounter
    : public Counter {
public:
  [[wasmport::constructor]] static StepCounter make(int32_t start, int32_t step);
  int32_t step();
};

[[wasmport::export]] Date make_date(double ms) { return Date::create(ms); }
[[wasmport::export]] double date_time(const Date &d) { return d.getTime(); }
[[wasmport::export]] js::Map make_map() { return js::Map::create(); }
[[wasmport::export]] int32_t compare(const js::Collator &c) {
  return c.compare("a", "b");
}
[[wasmport::export]] Counter make_counter(int32_t start) {
  return StepCounter::make(start, 2);
}
[[wasmport::import("show")]] void show(const Date &when, js::Map details);
