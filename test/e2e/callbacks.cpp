// Callbacks both ways: JS functions as std::function parameters of exports
// (called at once, or stored and called later), C++ functions lent to JS
// imports for one call, and wasmport::Closure for JS functions that live
// longer. Built without C++ exceptions: a JS exception goes on into the JS
// caller.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using wasmport::Closure;
using wasmport::JsValue;

//===--- JS functions called by C++ ---------------------------------------===//

[[wasmport::export]] int apply_twice(const std::function<int(int)> &f, int x) {
  return f(f(x));
}

[[wasmport::export]] std::string join_with(
    std::function<std::string(std::string, int)> f, int n) {
  std::string Out;
  for (int I = 0; I < n; ++I)
    Out += f("item", I);
  return Out;
}

/// Every argument kind a JS function can receive.
[[wasmport::export]] JsValue kinds(
    std::function<JsValue(bool, double, std::int64_t, std::string_view,
                          const char *, const std::string &,
                          std::optional<int>, std::optional<int>, JsValue)>
        f) {
  return f(true, 2.5, std::int64_t(-3), "view", "cstr", std::string("ü"),
           std::nullopt, 7, JsValue::null());
}

/// Results of every kind come back converted.
[[wasmport::export]] std::string results(
    std::function<bool()> b, std::function<std::uint64_t()> big,
    std::function<std::optional<std::string>(int)> opt,
    std::function<void(int)> nothing) {
  nothing(1);
  std::optional<std::string> A = opt(0), B = opt(1);
  return std::string(b() ? "true" : "false") + " " +
         std::to_string(big()) + " " + (A ? *A : "none") + " " +
         (B ? *B : "none");
}

[[wasmport::export]] int add_to_result(std::function<int()> f, int x) {
  return f() + x;
}

/// A JS function that gets a C++ function for the duration of the call.
[[wasmport::export]] int with_doubler(
    std::function<int(std::function<int(int)>)> f) {
  return f([](int X) { return 2 * X; });
}

/// Numbers and booleans cross as wasm values (function.h, callNumbers):
/// every such kind, up to four arguments, and five through the handles.
[[wasmport::export]] double numbers_in(
    std::function<double(bool, float, std::uint32_t, std::int16_t)> f) {
  return f(true, 0.5f, 4000000000u, std::int16_t(-7));
}
[[wasmport::export]] double five_numbers(
    std::function<double(double, double, double, double, bool)> f) {
  return f(1, 2, 3, 4, false);
}
[[wasmport::export]] double double_result(std::function<double()> f) {
  return f();
}
[[wasmport::export]] std::uint8_t byte_result(std::function<std::uint8_t(int)> f) {
  return f(1);
}
/// The outer function's result read after an inner one's that was not a
/// number.
[[wasmport::export]] double nested(std::function<double(int)> outer,
                                  std::function<bool()> inner) {
  return outer(inner() ? 1 : 0);
}
[[wasmport::export]] bool call_bool(const std::function<bool()> &f) { return f(); }

/// JsValue::as makes a std::function of a JS function.
[[wasmport::export]] int call_as(const JsValue &v) {
  std::optional<std::function<int(int)>> F = v.as<std::function<int(int)>>();
  return F ? (*F)(5) : -1;
}

/// Handlers stored in C++ and called from later calls.
class [[wasmport::export]] Emitter {
public:
  void on(std::string event, std::function<void(std::string, int)> handler) {
    Handlers.push_back({std::move(event), std::move(handler)});
  }
  int emit(std::string event, int value) {
    int Called = 0;
    // A copy: a handler may register or clear handlers while it runs.
    auto Current = Handlers;
    for (auto &[Event, Handler] : Current)
      if (Event == event) {
        Handler(event, value);
        ++Called;
      }
    return Called;
  }
  void clear() { Handlers.clear(); }
  int size() const { return static_cast<int>(Handlers.size()); }

private:
  std::vector<std::pair<std::string, std::function<void(std::string, int)>>>
      Handlers;
};

//===--- C++ functions called by JS ---------------------------------------===//

[[wasmport::import("hostMap")]] JsValue host_map(
    const JsValue &array, const std::function<int(int, int)> &f);
[[wasmport::import("hostKeep")]] int host_keep(std::function<int(int)> f);
[[wasmport::import("hostSame")]] bool host_same(std::function<int(int)> f);
[[wasmport::import("hostIsNull")]] bool host_is_null(std::function<void()> f);
[[wasmport::import("hostMakeAdder")]] std::function<int(int)> host_make_adder(
    int base);

/// An import calls a C++ lambda while it runs.
[[wasmport::export]] JsValue squares(const JsValue &array) {
  return host_map(array, [](int X, int I) { return X * X + I; });
}

/// A std::function argument of JsValue::call is lent the same way.
[[wasmport::export]] int sum_array(const JsValue &array) {
  int Sum = 0;
  std::function<void(int)> Add = [&Sum](int X) { Sum += X; };
  array.call("forEach", Add);
  return Sum;
}

/// JS keeps the function it was lent.
[[wasmport::export]] int lend(int k) {
  return host_keep([k](int X) { return X * k; });
}

/// A std::function holding a JS function goes back as that function.
[[wasmport::export]] bool round_trip(std::function<int(int)> f) {
  return host_same(std::move(f));
}

[[wasmport::export]] bool lend_empty() { return host_is_null({}); }

[[wasmport::export]] int use_adder(int base, int x) {
  return host_make_adder(base)(x);
}

/// A Closure kept by C++ while JS holds its function.
namespace {
Closure<int(int, int)> Adder;
Closure<std::string(const std::string &, std::optional<double>)> Formatter;
} // namespace

[[wasmport::export]] JsValue make_adder(int base) {
  Adder = Closure<int(int, int)>(
      [base](int A, int B) { return base + A + B; }, "adder");
  return Adder.value();
}
[[wasmport::export]] void drop_adder() { Adder.reset(); }

[[wasmport::export]] JsValue make_formatter(std::string prefix) {
  Formatter = Closure<std::string(const std::string &, std::optional<double>)>(
      [prefix](const std::string &S, std::optional<double> D) {
        return prefix + S + (D ? "=" + std::to_string(*D) : std::string());
      });
  return Formatter;
}
[[wasmport::export]] void drop_formatter() { Formatter.reset(); }

/// A listener registered with a JS EventTarget for the object's lifetime.
class [[wasmport::export]] Counter {
public:
  explicit Counter(JsValue target)
      : Target(std::move(target)),
        Listener([this](JsValue Event) { count(Event); }, "Counter listener") {
    Target.call("addEventListener", "tick", Listener.value());
  }
  ~Counter() { Target.call("removeEventListener", "tick", Listener.value()); }
  int total() const { return Total; }
  std::string last() const { return Last; }
  JsValue listener() const { return Listener.value(); }

private:
  void count(const JsValue &Event) {
    ++Total;
    Last = Event.get("type").asString().value_or("?");
  }
  JsValue Target;
  Closure<void(JsValue)> Listener;
  int Total = 0;
  std::string Last;
};

/// A C++ function that runs JS code which throws: the exception reaches the
/// JS code that called the function.
[[wasmport::export]] JsValue make_getter() {
  static Closure<double(JsValue)> Getter(
      [](JsValue O) { return O.get("value").asNumber().value_or(-1); },
      "getter");
  return Getter.value();
}
