//===- wasmport/function.h - Callbacks: std::function and JS functions ----===//
//
// Functions cross the boundary both ways (docs/Callbacks.md is the guide):
//
//   JS → C++  A JS function arriving as a std::function<R(A...)> (an
//             export's parameter, an import's result, JsValue::as) holds a
//             JsValue of it. Calling it converts the arguments with
//             JsTraits<A>::toJs and the result with JsTraits<R>::fromJs; a
//             result of the wrong type is a TypeError, raised like any JS
//             exception. Every copy holds its own handle; the JS function is
//             released when the last copy is destroyed.
//   C++ → JS  A C++ callable becomes a JS function that calls into C++
//             through the runtime export __wasmport_closure_call. Lent for
//             one call (a std::function argument of an import or of
//             JsValue::call): JS calls after that call returned throw. Owned
//             by a wasmport::Closure: valid until the Closure is destroyed.
//             Arguments of the wrong type are a TypeError for the JS caller.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_FUNCTION_H
#define WASMPORT_FUNCTION_H

#include <wasmport/config.h>
#if WASMPORT_SUPPORTED_STANDARD

#include <wasmport/jsvalue.h>

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace wasmport::detail {
/// Calls the C++ function at Data with the JS arguments Args (handles JS
/// made, one per parameter; C++ adopts them). Returns the result's handle,
/// or -1 with an exception in wire::Ret.Exception.
using ClosureInvoker = std::int32_t (*)(const void *Data,
                                        const std::uint32_t *Args);
} // namespace wasmport::detail

// The glue provides these (lib/JS/runtime/functions.js).
#define WASMPORT_JS_IMPORT(Name)                                               \
  __attribute__((import_module("wasmport"), import_name(#Name)))
extern "C" {
/// A JS function that calls Invoker(Data, handles of its first Arity
/// arguments). Where (UTF-8) names it in messages; Owned 0: Where has static
/// storage and C++ ends the function after one call, 1: a Closure's name,
/// copied now.
WASMPORT_JS_IMPORT(__wasmport_js_closure)
std::uint32_t __wasmport_js_closure(wasmport::detail::ClosureInvoker Invoker,
                                    const void *Data, std::size_t Arity,
                                    const char *Where, std::size_t WhereSize,
                                    std::int32_t Owned);
/// Invalidates the JS function js_closure made (later calls throw) and
/// releases the handle.
WASMPORT_JS_IMPORT(__wasmport_js_closure_end)
void __wasmport_js_closure_end(std::uint32_t);
/// What an invoker reports when argument Index is not what the C++
/// parameter accepts; the glue turns it into a TypeError naming the
/// function.
WASMPORT_JS_IMPORT(__wasmport_js_arg_failure)
std::uint32_t __wasmport_js_arg_failure(std::size_t Index, const char *Expected,
                                        std::size_t ExpectedSize,
                                        std::uint32_t Value);
/// Calls the JS function F with its first N of A0..A3 (bit I of Flags:
/// argument I is a boolean, 0 or 1) and `this` undefined, in the glue's
/// import scope, and returns its result when that is a number (bit 4 of
/// Flags: C++ wants a result; without it 0). Another result is a new handle
/// stored at *Other, and NaN returned. A JS exception is reported through
/// wire::Ret.Exception, with 0 returned. JsCallback's path for numbers.
WASMPORT_JS_IMPORT(__wasmport_js_call_numbers)
double __wasmport_js_call_numbers(std::uint32_t F, std::uint32_t N,
                                  std::uint32_t Flags, double A0, double A1,
                                  double A2, double A3, std::uint32_t *Other);
/// `new TypeError("<Where> must return <Expected>, got <Value>")`.
WASMPORT_JS_IMPORT(__wasmport_js_result_error)
std::uint32_t __wasmport_js_result_error(const char *Where, std::size_t WhereSize,
                                         const char *Expected,
                                         std::size_t ExpectedSize,
                                         std::uint32_t Value);
}
#undef WASMPORT_JS_IMPORT

namespace wasmport {

namespace detail {

/// What JS must pass for a T, in the words of the glue's argument checks.
template <typename T, typename = void> struct Expected {
  static std::string text() { return "a value wasmport::JsTraits accepts"; }
};
template <> struct Expected<bool> {
  static std::string text() { return "a boolean"; }
};
template <typename T>
struct Expected<T, std::enable_if_t<std::is_arithmetic_v<T> &&
                                    !std::is_same_v<T, bool>>> {
  static std::string text() {
    if constexpr (std::is_floating_point_v<T>)
      return "a number";
    else if constexpr (sizeof(T) == 8)
      return "a bigint";
    else
      return "an integer from " +
             std::to_string(std::numeric_limits<T>::min() + 0) + " to " +
             std::to_string(std::numeric_limits<T>::max() + 0);
  }
};
template <> struct Expected<std::string> {
  static std::string text() { return "a string"; }
};
template <typename T> struct Expected<std::optional<T>> {
  static std::string text() { return Expected<T>::text() + " or undefined"; }
};
template <typename R, typename... A> struct Expected<std::function<R(A...)>> {
  static std::string text() { return "a function"; }
};

/// True when JsTraits<T> can make a T from a JS value.
template <typename T, typename = void> struct HasFromJs : std::false_type {};
template <typename T>
struct HasFromJs<T, std::void_t<decltype(JsTraits<T>::fromJs(
                        std::declval<const JsValue &>()))>> : std::true_type {};

/// A std::function argument or result type T, as JsTraits sees it.
template <typename T> using Bare = std::remove_cv_t<std::remove_reference_t<T>>;

/// Raises `TypeError: <Where> must return <expected>, got <V>`.
template <typename T>
[[noreturn]] void resultError(const char *Where, const JsValue &V) {
  std::string E = Expected<T>::text();
  // Destroyed by __wasmport_unwind when the raise leaves this frame.
  wire::Cleanup Entered;
  Entered.enterObject(E);
  raise(__wasmport_js_result_error(Where, std::char_traits<char>::length(Where),
                                   E.data(), E.size(), V.handle()));
}

/// Whether T crosses to and from JS as a plain number or boolean: bool and
/// arithmetic types up to 32 bits and floating point, which a double holds
/// exactly (64-bit integers are bigints).
template <typename T, typename = void>
struct PlainNumber : std::false_type {};
template <typename T>
struct PlainNumber<T, std::enable_if_t<std::is_arithmetic_v<T>>>
    : std::bool_constant<!(std::is_integral_v<T> && sizeof(T) == 8)> {};
template <typename T> inline constexpr bool IsPlainNumber = PlainNumber<Bare<T>>::value;

/// Where __wasmport_js_call_numbers leaves a result that is not a number;
/// NoValue between calls (the caller takes it right after its call).
inline constexpr std::uint32_t NoValue = 0xffffffffu;
inline std::uint32_t CallOther = NoValue;

/// The target of a std::function made from a JS function.
template <typename R, typename... A> class JsCallback {
  static_assert(std::is_void_v<R> || HasFromJs<Bare<R>>::value,
                "wasmport: a JS function cannot return this type to C++ "
                "(wasmport::JsTraits<R>::fromJs is missing)");

public:
  /// Where names the function in messages (static storage).
  JsCallback(JsValue F, const char *Where) noexcept
      : F(std::move(F)), Where(Where) {}

  R operator()(A... Args) const {
    if constexpr ((std::is_void_v<R> || IsPlainNumber<R>) && sizeof...(A) <= 4 &&
                  (IsPlainNumber<A> && ...))
      return callNumbers(Args...);
    else
      return callValues(std::forward<A>(Args)...);
  }

  const JsValue &value() const noexcept { return F; }

private:
  /// Numbers and booleans in and out as wasm values: no handle is made for
  /// the arguments or a number result. The result is checked as
  /// JsTraits<R>::fromJs checks it (the same values accepted, the same
  /// TypeError), through callValues' path when it is not a number.
  R callNumbers(A... Args) const {
    constexpr std::uint32_t N = sizeof...(A);
    const double Values[] = {static_cast<double>(Args)..., 0, 0, 0, 0};
    std::uint32_t Flags = std::is_void_v<R> ? 0 : 16;
    [[maybe_unused]] std::uint32_t Bit = 1;
    ((Flags |= std::is_same_v<Bare<A>, bool> ? Bit : 0u, Bit <<= 1), ...);
    double D = wire::callJs([&] {
      return __wasmport_js_call_numbers(F.handle(), N, Flags, Values[0], Values[1],
                                        Values[2], Values[3], &CallOther);
    });
    if (std::uint32_t E = wire::takeException())
      raise(E);
    if constexpr (!std::is_void_v<R>) {
      using T = Bare<R>;
      if (__builtin_isnan(D) && CallOther != NoValue) {
        // Not a number: the result JsTraits<T> checks, as callValues does.
        JsValue Result = JsValue::adopt(std::exchange(CallOther, NoValue));
        wire::Cleanup ResultEntered;
        ResultEntered.enterObject(Result);
        std::optional<T> Out = JsTraits<T>::fromJs(Result);
        if (!Out)
          resultError<T>(Where, Result);
        return *Out;
      }
      if constexpr (!std::is_same_v<T, bool>) {
        if (std::optional<T> Out = JsTraits<T>::fromNumber(D))
          return *Out;
      }
      JsValue Result(D);
      wire::Cleanup ResultEntered;
      ResultEntered.enterObject(Result);
      resultError<T>(Where, Result);
    }
  }

  R callValues(A... Args) const {
    // The parameters are this frame's to destroy when a JS exception leaves
    // it (the caller's frame, which owns them, is left too), and so is the
    // result when it is not what C++ expects (wire.h, "abandoned calls").
    [[maybe_unused]] wire::Cleanup Entered[sizeof...(A) + 1];
    [[maybe_unused]] std::size_t Next = 0;
    (wire::enterParam<A>(Entered[Next++], Args), ...);
    JsValue Result = F(std::forward<A>(Args)...);
    wire::Cleanup ResultEntered;
    ResultEntered.enterObject(Result);
    if constexpr (!std::is_void_v<R>) {
      std::optional<Bare<R>> Out = JsTraits<Bare<R>>::fromJs(Result);
      if (!Out)
        resultError<Bare<R>>(Where, Result);
      return std::move(*Out);
    }
  }

  JsValue F;
  const char *Where;
};

template <typename R, typename... A, std::size_t... I>
std::int32_t callFromJs(const std::function<R(A...)> &Fn,
                        const std::uint32_t *Args, std::index_sequence<I...>) {
  static_assert((HasFromJs<Bare<A>>::value && ...),
                "wasmport: a parameter of this C++ function cannot come from "
                "JS (wasmport::JsTraits<T>::fromJs is missing; std::string_view "
                "and const char* parameters cannot: take std::string)");
  static_assert(((!std::is_reference_v<A> ||
                  std::is_const_v<std::remove_reference_t<A>>) && ...),
                "wasmport: a function JS calls takes values or const "
                "references; changes would not flow back to JS");
  // Adopt every handle before anything else runs: JS reuses the buffer.
  [[maybe_unused]] const JsValue Values[] = {JsValue::adopt(Args[I])...,
                                             JsValue()};
  // If the function throws a JS exception, __wasmport_unwind destroys
  // them (wire.h).
  wire::Cleanup ValuesEntered;
  ValuesEntered.enterObject(Values);
  std::tuple<std::optional<Bare<A>>...> In{
      JsTraits<Bare<A>>::fromJs(Values[I])...};
  wire::Cleanup InEntered;
  InEntered.enterObject(In);
  std::size_t Bad = sizeof...(A);
  ((Bad == sizeof...(A) && !std::get<I>(In) ? void(Bad = I) : void()), ...);
  if (Bad != sizeof...(A)) {
    const std::string Expect[] = {Expected<Bare<A>>::text()..., ""};
    wire::Ret.Exception = __wasmport_js_arg_failure(
        Bad, Expect[Bad].data(), Expect[Bad].size(), Values[Bad].handle());
    return -1;
  }
#if WASMPORT_EXCEPTIONS
  try {
#endif
    // Each argument is made where the call puts it, and entered (wire::held).
    if constexpr (std::is_void_v<R>) {
      Fn(wire::held(wire::Cleanup(),
                    [&]() -> Bare<A> { return std::move(*std::get<I>(In)); })...);
      return 0;
    } else {
      return static_cast<std::int32_t>(wire::releaseJs(toJs(Fn(wire::held(
          wire::Cleanup(),
          [&]() -> Bare<A> { return std::move(*std::get<I>(In)); })...))));
    }
#if WASMPORT_EXCEPTIONS
  } catch (const JsError &E) {
    wire::Ret.Exception = JsValue(E.value()).release();
  } catch (const std::exception &E) {
    JsValue Error = JsValue::error(E.what());
    Error.set("cppException", true);
    wire::Ret.Exception = std::move(Error).release();
  } catch (...) {
    JsValue Error = JsValue::error("C++ exception");
    Error.set("cppException", true);
    wire::Ret.Exception = std::move(Error).release();
  }
  return -1;
#endif
}

/// The invoker of a std::function<R(A...)> at Data.
template <typename R, typename... A>
std::int32_t invokeClosure(const void *Data, const std::uint32_t *Args) {
  return callFromJs(*static_cast<const std::function<R(A...)> *>(Data), Args,
                    std::index_sequence_for<A...>());
}

/// A JS function calling the std::function<R(A...)> at Data.
template <typename R, typename... A>
std::uint32_t makeClosure(const std::function<R(A...)> *Data,
                          std::string_view Where, bool Owned) {
  return __wasmport_js_closure(&invokeClosure<R, A...>, Data, sizeof...(A),
                               Where.data(), Where.size(), Owned ? 1 : 0);
}

/// A C++ function lent to JS for one call: a JS function calling it until
/// this object is destroyed, after which JS calls throw. An empty
/// std::function is null; one made from a JS function is that function.
class LentFunction {
public:
  /// Where names the function in messages and has static storage.
  template <typename R, typename... A>
  LentFunction(const std::function<R(A...)> &F, const char *Where) noexcept {
    if (!F)
      return;
#ifdef __GXX_RTTI
    if (const auto *J = F.template target<JsCallback<R, A...>>()) {
      H = JsValue(J->value()).release();
      return;
    }
#endif
    H = makeClosure(&F, Where, false);
    Scoped = true;
  }
  LentFunction(LentFunction &&O) noexcept
      : H(std::exchange(O.H, Null)), Scoped(O.Scoped) {}
  LentFunction(const LentFunction &) = delete;
  LentFunction &operator=(const LentFunction &) = delete;
  LentFunction &operator=(LentFunction &&) = delete;
  ~LentFunction() {
    if (Scoped && H != Null)
      __wasmport_js_closure_end(H);
    else
      JsValue::adopt(H); // Releases it.
  }

  std::uint32_t handle() const noexcept { return H; }

private:
  static constexpr std::uint32_t Null = 1;
  std::uint32_t H = Null;
  bool Scoped = false;
};

template <typename F> struct FunctionOf;
template <typename R, typename... A> struct FunctionOf<std::function<R(A...)>> {
  static std::function<R(A...)> adopt(std::uint32_t H, const char *Where) {
    return JsCallback<R, A...>(JsValue::adopt(H), Where);
  }
};

} // namespace detail

/// Owns a C++ function and the JS function that calls it (value()). The JS
/// function works until the Closure is destroyed or reset; JS calls after
/// that throw an Error. Pass value() to imports, JsValue operations or as an
/// export's result; store it in JS as long as the Closure lives. Moving a
/// Closure keeps the JS function; a function may destroy its own Closure
/// while it runs, as long as it touches none of its captures afterwards.
template <typename Sig> class Closure;

template <typename R, typename... A> class Closure<R(A...)> {
public:
  /// No function: value() is undefined.
  Closure() noexcept = default;
  /// Fn is any callable as R(A...); Name names the JS function in messages
  /// ("onTick: argument 'a0' must be a number, got ...").
  template <typename F,
            typename = std::enable_if_t<
                !std::is_same_v<std::decay_t<F>, Closure> &&
                std::is_invocable_r_v<R, std::decay_t<F> &, A...>>>
  explicit Closure(F &&Callable, std::string_view Name = "C++ function")
      : Fn(std::make_unique<std::function<R(A...)>>(std::forward<F>(Callable))),
        Js(JsValue::adopt(detail::makeClosure(Fn.get(), Name, true))) {}

  Closure(Closure &&O) noexcept = default;
  Closure &operator=(Closure &&O) noexcept {
    if (this != &O) {
      reset();
      Fn = std::move(O.Fn);
      Js = std::move(O.Js);
    }
    return *this;
  }
  Closure(const Closure &) = delete;
  Closure &operator=(const Closure &) = delete;
  ~Closure() { reset(); }

  /// Invalidates the JS function now and destroys the C++ function.
  void reset() noexcept {
    if (Js.handle() > 3)
      __wasmport_js_closure_end(std::move(Js).release());
    Fn.reset();
  }

  /// The JS function; undefined after reset() or a move.
  const JsValue &value() const noexcept { return Js; }
  operator const JsValue &() const noexcept { return Js; }
  explicit operator bool() const noexcept { return Fn != nullptr; }

  /// Calls the C++ function directly; std::bad_function_call when empty.
  R operator()(A... Args) const {
    if (!Fn) {
#if defined(__cpp_exceptions)
      throw std::bad_function_call();
#else
      std::abort();
#endif
    }
    return (*Fn)(std::forward<A>(Args)...);
  }

private:
  std::unique_ptr<std::function<R(A...)>> Fn;
  JsValue Js;
};

/// std::function: from a JS function (the std::function holds it), and to
/// JS for the duration of a call only (an argument of JsValue::call and
/// friends); keep a wasmport::Closure for longer.
template <typename R, typename... A> struct JsTraits<std::function<R(A...)>> {
  static detail::LentFunction toJs(const std::function<R(A...)> &F) {
    return detail::LentFunction(F, "C++ callback");
  }
  static std::optional<std::function<R(A...)>> fromJs(const JsValue &V) {
    if (!V.isFunction())
      return std::nullopt;
    return std::function<R(A...)>(detail::JsCallback<R, A...>(V, "callback"));
  }
};

namespace wire {
/// A std::function parameter of an export, or result of an import: a
/// std::function holding the JS function behind Handle. Where names it in
/// messages ("callback 'cb' of on_event").
template <typename F> inline F adoptFunction(std::uint32_t Handle,
                                             const char *Where) {
  return wasmport::detail::FunctionOf<F>::adopt(Handle, Where);
}
/// A std::function in a slot (a vector's or optional's element, a value
/// struct's field), which only JS writes (export arguments, import
/// results): the JS function's handle, which the reader takes over. C++
/// gives JS no std::function in a slot: nobody could tell when to destroy
/// it (the plugin rejects those types).
template <typename R, typename... A> struct Codec<std::function<R(A...)>> {
  static constexpr std::size_t Size = layout::Handle.Size,
                               Align = layout::Handle.Align;
  static std::function<R(A...)> read(const unsigned char *At) {
    return adoptFunction<std::function<R(A...)>>(detail::loadU32(At),
                                                 "callback");
  }
};
/// A std::function argument of an import: a JS function lent for the call,
/// invalid once the full expression that makes it ends.
template <typename R, typename... A>
inline wasmport::detail::LentFunction lendFunction(const std::function<R(A...)> &F,
                                         const char *Where) {
  return wasmport::detail::LentFunction(F, Where);
}
} // namespace wire

} // namespace wasmport

#if defined(__wasm__)
/// The runtime export JS calls C++ functions through; one per module.
extern "C" std::int32_t
__wasmport_closure_call(wasmport::detail::ClosureInvoker Invoker,
                        const void *Data, const std::uint32_t *Args);
extern "C" __attribute__((weak, export_name("__wasmport_closure_call")))
std::int32_t __wasmport_closure_call(wasmport::detail::ClosureInvoker Invoker,
                                     const void *Data, const std::uint32_t *Args) {
  return Invoker(Data, Args);
}
#endif

#endif // WASMPORT_SUPPORTED_STANDARD
#endif // WASMPORT_FUNCTION_H
