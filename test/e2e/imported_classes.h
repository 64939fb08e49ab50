// JS classes used from C++, declared once for the two translation units of
// the imported_classes case (imported_classes.cpp, imported_classes_b.cpp):
// each defines the imports it sees, weakly, and the link keeps one.
#pragma once
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>
#include <string_view>

using wasmport::JsValue;

// Globals: JS's Date and Map.
class [[wasmport::import("Date")]] Date : public JsValue {
public:
  [[wasmport::constructor]] static Date create(double ms);
  static double now();
  double getTime() const;
  double getUTCFullYear() const;
  std::string toISOString() const;
};

class [[wasmport::import("Map")]] Map : public JsValue {
public:
  [[wasmport::constructor]] static Map create();
  // Overloads: both call JS's one `set`.
  void set(std::string_view key, double value);
  void set(std::string_view key, const JsValue &value);
  JsValue get(std::string_view key) const;
  bool has(std::string_view key) const;
  // `delete` is a C++ keyword: the member is renamed.
  [[wasmport::import("delete")]] bool remove(std::string_view key);
  [[wasmport::getter]] uint32_t size() const;
  /// Ordinary C++, built on the imports.
  double number(std::string_view key) const {
    return get(key).asNumber().value_or(-1);
  }
};

// Classes of an ES module next to the generated one (FILES in
// CMakeLists.txt); StepCounter extends Counter in JS and in C++.
class [[wasmport::import("Counter", "./imported-classes-counter.js")]] Counter
    : public JsValue {
public:
  [[wasmport::constructor]] static Counter make(int32_t start);
  static Counter zero();
  int32_t add(int32_t n);
  [[wasmport::getter]] int32_t count() const;
  [[wasmport::setter]] void setCount(int32_t value);
  std::string label() const;
};

class [[wasmport::import("StepCounter", "./imported-classes-counter.js")]]
StepCounter : public Counter {
public:
  [[wasmport::constructor]] static StepCounter make(int32_t start,
                                                     int32_t step);
  int32_t step();
};

// A plain import taking imported classes.
[[wasmport::import("hostDescribe")]] std::string describe(const Date &when,
                                                          const Map &map);
