// wasmport::JsValue: C++ that holds, inspects and calls JS objects.
#include <wasmport/wasmport.h>

#include <string>
#include <utility>

using wasmport::JsValue;

/// Lists an object's own properties with the type of each value.
[[wasmport::export]] std::string describe(const JsValue &object) {
  JsValue Keys = JsValue::global("Object").call("keys", object);
  int Count = Keys.get("length").as<int>().value_or(0);
  std::string Out;
  for (int I = 0; I < Count; ++I) {
    JsValue Key = Keys.get(I);
    JsValue Value = object.get(Key);
    Out += (I ? ", " : "") + Key.asString().value_or("?") + ": ";
    if (auto N = Value.asNumber())
      Out += "number " + std::to_string(static_cast<long long>(*N));
    else if (auto S = Value.asString())
      Out += "string \"" + *S + "\"";
    else
      Out += Value.isFunction() ? "function" : "something else";
  }
  return Out;
}

/// A new JS object, made in C++.
[[wasmport::export]] JsValue make_point(double x, double y) {
  JsValue Point = JsValue::object();
  Point.set("x", x);
  Point.set("y", y);
  return Point;
}

namespace {
JsValue Sink; // Held across calls until set_sink replaces it.
int Lines = 0;
} // namespace

/// Keeps any object with a write(text) method.
[[wasmport::export]] void set_sink(JsValue sink) { Sink = std::move(sink); }

/// Writes to the sink, numbering the lines.
[[wasmport::export]] void log(std::string message) {
  Sink.call("write", std::to_string(++Lines) + ": " + message);
}

/// The year of a JS Date made from milliseconds since 1970 (UTC).
[[wasmport::export]] int year_of(double ms) {
  JsValue Date = JsValue::global("Date").new_(ms);
  return Date.call("getUTCFullYear").as<int>().value_or(0);
}
