// examples/imported-classes: JS classes used from C++. Date and Map come from
// globalThis, Logger from an ES module next to the generated one; a C++
// class exported to JS keeps a Map and a Logger across calls.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>
#include <string_view>

class [[wasmport::import("Date")]] Date : public wasmport::JsValue {
public:
  [[wasmport::constructor]] static Date create(double ms); // new Date(ms)
  std::string toISOString() const;
};

class [[wasmport::import("Map")]] Map : public wasmport::JsValue {
public:
  [[wasmport::constructor]] static Map create();
  void set(std::string_view key, const wasmport::JsValue &value);
  [[wasmport::import("delete")]] bool remove(std::string_view key);
  [[wasmport::getter]] uint32_t size() const;
};

// logger.js: export class Logger { constructor(prefix); log(line); get count() }
class [[wasmport::import("Logger", "./logger.js")]] Logger
    : public wasmport::JsValue {
public:
  [[wasmport::constructor]] static Logger create(std::string_view prefix);
  void log(std::string_view line);
  [[wasmport::getter]] uint32_t count() const;
};

class [[wasmport::export]] Calendar {
public:
  Calendar() : Events(Map::create()), Log(Logger::create("calendar")) {}

  void add(std::string_view name, double ms) {
    Date When = Date::create(ms);
    Events.set(name, When);
    Log.log(std::string(name) + " on " + When.toISOString());
  }
  bool cancel(std::string_view name) { return Events.remove(name); }
  uint32_t size() const { return Events.size(); }
  /// The Map itself: JS gets the object C++ holds.
  Map events() const { return Events; }
  uint32_t logged() const { return Log.count(); }

private:
  Map Events;
  Logger Log;
};
