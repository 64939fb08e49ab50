//===- wasmport/web/web.h - Support for the generated Web API headers -----===//
//
// What every generated header of wasmport/web (scripts/webidl/generate.mjs)
// builds on: wasmport's JsValue, promises and functions, the entry point
// globalThis(), and wasmport::dyn_cast, the checked conversion of a JS value to
// an imported class by JS `instanceof`. window() and document() are defined
// by <wasmport/web/Window.h> and <wasmport/web/Document.h>. docs/WebAPIs.md is
// the guide.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <wasmport/function.h>
#include <wasmport/jsvalue.h>
// Promise<T> needs coroutines (C++20); members returning or taking promises
// are declared only then.
#ifdef __cpp_impl_coroutine
#include <wasmport/promise.h>
#endif

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>

namespace wasmport {

/// The JS value \p V as the imported class \p T when JS's
/// `V instanceof T` holds (T's global constructor is looked up by its path,
/// `T::wasmportJsName`), or an empty optional: for another object, a
/// primitive, or when the engine has no such global.
template <typename T> std::optional<T> dyn_cast(const JsValue &V) {
  static_assert(std::is_base_of_v<JsValue, T>,
                "dyn_cast converts to an imported class");
  JsValue Ctor = JsValue::global("globalThis");
  std::string_view Path = T::wasmportJsName;
  while (!Path.empty() && !Ctor.isUndefined() && !Ctor.isNull()) {
    std::size_t Dot = Path.find('.');
    Ctor = Ctor.get(JsValue(Path.substr(0, Dot)));
    Path = Dot == std::string_view::npos ? std::string_view()
                                         : Path.substr(Dot + 1);
  }
  if (!Ctor.isFunction() || !V.instanceOf(Ctor))
    return std::nullopt;
  T Out;
  static_cast<JsValue &>(Out) = V;
  return Out;
}

namespace web {

/// JS's `globalThis`.
inline JsValue globalThis() { return JsValue::global("globalThis"); }

namespace detail {

/// Throws a JS Error with \p Message into the JS code that called C++.
[[noreturn]] inline void fail(const std::string &Message) {
  wasmport::detail::raise(std::move(JsValue::error(Message)).release());
}

/// The global \p Path (`"document"`, `"Intl.Collator"`); a JS Error naming
/// the path when the engine lacks it.
inline JsValue global(std::string_view Path, const char *Who) {
  JsValue V = JsValue::global("globalThis");
  std::string_view Rest = Path;
  while (!Rest.empty()) {
    std::size_t Dot = Rest.find('.');
    V = V.get(JsValue(Rest.substr(0, Dot)));
    if (V.isUndefined() || V.isNull())
      fail(std::string(Who) + ": globalThis." + std::string(Path) +
           " is not defined in this JavaScript engine");
    Rest = Dot == std::string_view::npos ? std::string_view()
                                         : Rest.substr(Dot + 1);
  }
  return V;
}

} // namespace detail

} // namespace web
} // namespace wasmport
