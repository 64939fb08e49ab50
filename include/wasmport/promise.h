//===- wasmport/promise.h - JS promises and C++20 coroutines --------------===//
//
// wasmport::Promise<T> holds a JS promise (a JsValue) that settles with a
// T. A function returning one can be a C++20 coroutine: it runs at once,
// until its first co_await of a promise that is still pending, and its
// co_return resolves the JS promise the caller got. co_await of a
// Promise<U> waits for that promise without blocking: the glue resumes the
// coroutine from a promise callback. docs/Async.md is the guide.
//
// Rejections: with C++ exceptions (WASMPORT_EXCEPTIONS), co_await of a
// rejected promise throws wasmport::JsError, and an exception leaving the
// coroutine rejects its promise. Without, the awaiting coroutine is
// cancelled: its own promise rejects with the same value and its frame is
// destroyed, running the destructors of its locals. `co_await p.settled()`
// never throws nor cancels: it gives a Settled<T>, the value or the reason.
//
// <wasmport/wasmport.h> includes this header when the compiler supports
// coroutines (C++20).
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_PROMISE_H
#define WASMPORT_PROMISE_H

#include <wasmport/config.h>
#if WASMPORT_SUPPORTED_STANDARD

#include <wasmport/coroutine.h>
#include <wasmport/jsvalue.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#if WASMPORT_EXCEPTIONS
#include <exception>
#include <typeinfo>
// From <cxxabi.h>, which is not included: it declares __cxa_throw with
// another type than the thunks' fallback definition (exceptions.h).
namespace __cxxabiv1 {
extern "C" std::type_info *__cxa_current_exception_type();
} // namespace __cxxabiv1
#endif

#if __has_include(<expected>)
#include <expected>
#endif

// The glue provides these (lib/JS/runtime/promise.js). A promise is made
// pending with its resolvers kept by the glue; settle resolves or rejects it
// with a value whose handle it takes over; then calls
// __wasmport_promise_resume(Waiter, value, rejected) once the awaited value
// settles, and rejects Own if that call throws.
#define WASMPORT_JS_IMPORT(Name)                                               \
  __attribute__((import_module("wasmport"), import_name(#Name)))
extern "C" {
WASMPORT_JS_IMPORT(__wasmport_js_promise_new) std::uint32_t __wasmport_js_promise_new();
WASMPORT_JS_IMPORT(__wasmport_js_promise_settle)
void __wasmport_js_promise_settle(std::uint32_t Promise, std::uint32_t Value,
                                  std::int32_t Rejected);
WASMPORT_JS_IMPORT(__wasmport_js_promise_then)
void __wasmport_js_promise_then(std::uint32_t Awaited, void *Waiter,
                                std::uint32_t Own);
WASMPORT_JS_IMPORT(__wasmport_js_describe) void __wasmport_js_describe(std::uint32_t);
}
#undef WASMPORT_JS_IMPORT

namespace wasmport {

template <typename T = void> class Promise;

/// What `co_await p.settled()` gives: the value a promise resolved with, or
/// the reason it was rejected (a value of the wrong type counts as rejected,
/// with a TypeError). The API is a subset of std::expected<T, JsValue>, to
/// which it converts when <expected> is available (C++23).
template <typename T> class Settled {
public:
  static Settled fulfilled(T V) { return Settled(std::move(V), JsValue(), true); }
  static Settled rejected(JsValue Reason) {
    return Settled(std::nullopt, std::move(Reason), false);
  }

  bool has_value() const noexcept { return OK; }
  explicit operator bool() const noexcept { return OK; }
  /// The value; only when has_value().
  T &value() & { return *V; }
  const T &value() const & { return *V; }
  T &&value() && { return std::move(*V); }
  T &operator*() & { return *V; }
  const T &operator*() const & { return *V; }
  T *operator->() { return &*V; }
  const T *operator->() const { return &*V; }
  /// The rejection reason; only when !has_value().
  const JsValue &error() const & noexcept { return Reason; }
  JsValue &&error() && noexcept { return std::move(Reason); }

#if defined(__cpp_lib_expected)
  operator std::expected<T, JsValue>() && {
    if (OK)
      return std::move(*V);
    return std::unexpected(std::move(Reason));
  }
#endif

private:
  Settled(std::optional<T> V, JsValue Reason, bool OK)
      : V(std::move(V)), Reason(std::move(Reason)), OK(OK) {}
  std::optional<T> V;
  JsValue Reason;
  bool OK;
};

template <> class Settled<void> {
public:
  static Settled fulfilled() { return Settled(JsValue(), true); }
  static Settled rejected(JsValue Reason) { return Settled(std::move(Reason), false); }

  bool has_value() const noexcept { return OK; }
  explicit operator bool() const noexcept { return OK; }
  const JsValue &error() const & noexcept { return Reason; }
  JsValue &&error() && noexcept { return std::move(Reason); }

#if defined(__cpp_lib_expected)
  operator std::expected<void, JsValue>() && {
    if (OK)
      return {};
    return std::unexpected(std::move(Reason));
  }
#endif

private:
  Settled(JsValue Reason, bool OK) : Reason(std::move(Reason)), OK(OK) {}
  JsValue Reason;
  bool OK;
};

namespace detail {

template <typename T> struct IsOptional : std::false_type {};
template <typename T> struct IsOptional<std::optional<T>> : std::true_type {};

/// How a type mismatch names what was expected ("a number").
template <typename T> std::string expectedName() {
  if constexpr (std::is_same_v<T, bool>) {
    return "a boolean";
  } else if constexpr (std::is_integral_v<T> && sizeof(T) == 8) {
    return "a bigint";
  } else if constexpr (std::is_integral_v<T>) {
    return "an integer from " +
           std::to_string(std::numeric_limits<T>::min()) + " to " +
           std::to_string(std::numeric_limits<T>::max());
  } else if constexpr (std::is_floating_point_v<T>) {
    return "a number";
  } else if constexpr (std::is_same_v<T, std::string>) {
    return "a string";
  } else if constexpr (IsOptional<T>::value) {
    return expectedName<typename T::value_type>() + " or undefined";
  } else {
    return "a value JsTraits<T>::fromJs accepts";
  }
}

/// The TypeError for a promise that resolved with V, which does not convert
/// to T.
template <typename T> JsValue typeMismatch(const JsValue &V) {
  __wasmport_js_describe(V.handle());
  std::string Message = "awaited promise must resolve to " + expectedName<T>() +
                        ", got " + wire::takeString();
  return JsValue::global("TypeError").new_(Message);
}

/// A C++ exception as a JS Error: what() as its message, cppException true
/// (as in the glue's report of an exception without unwinding support).
inline JsValue cppError(const char *What) {
  JsValue E = JsValue::error(What);
  E.set("cppException", true);
  return E;
}

/// Something waiting for a JS promise to settle; the glue calls Resume
/// through __wasmport_promise_resume. Value is the settled value or the
/// rejection reason.
struct Waiter {
  void (*Resume)(Waiter *Self, JsValue Value, bool Rejected);
};

/// The export the glue calls when an awaited promise settles. A template so
/// that only modules that co_await a promise define it (awaiters refer to
/// it); every instantiation is the same function.
template <int = 0>
[[gnu::used]] __attribute__((export_name("__wasmport_promise_resume"))) void
promiseResume(void *W, std::uint32_t Value, std::int32_t Rejected) {
  auto *Self = static_cast<Waiter *>(W);
  Self->Resume(Self, JsValue::adopt(Value), Rejected != 0);
}

/// What every Promise<T>::promise_type has: the JS promise, settled once.
class PromiseState {
public:
  coro::suspend_never initial_suspend() noexcept { return {}; }
  /// The frame is destroyed when the body ends: nobody resumes it again.
  coro::suspend_never final_suspend() noexcept { return {}; }

  void unhandled_exception() noexcept {
#if WASMPORT_EXCEPTIONS
    try {
      throw;
    } catch (const JsError &E) {
      reject(E.value());
    } catch (const std::exception &E) {
      reject(cppError(E.what()));
    } catch (...) {
      const std::type_info *T = __cxxabiv1::__cxa_current_exception_type();
      reject(cppError(
          (std::string("C++ exception of type ") + (T ? T->name() : "unknown"))
              .c_str()));
    }
#else
    __builtin_trap(); // Nothing unwinds without exceptions.
#endif
  }

  void resolve(JsValue V) noexcept {
    __wasmport_js_promise_settle(Own.handle(), std::move(V).release(), 0);
  }
  void reject(JsValue Reason) noexcept {
    __wasmport_js_promise_settle(Own.handle(), std::move(Reason).release(), 1);
  }
  /// The coroutine's JS promise.
  const JsValue &promise() const noexcept { return Own; }

private:
  JsValue Own = JsValue::adopt(__wasmport_js_promise_new());
};

template <typename T> struct IsPromiseState : std::is_base_of<PromiseState, T> {};

/// Registers W to be resumed when the JS value Awaited settles (a
/// non-promise settles at once, as with `await`). Handle is the awaiting
/// coroutine; its JS promise, if it has one, is rejected when C++ code
/// throws a JS exception after resuming (without C++ exceptions).
template <typename P>
void listen(const JsValue &Awaited, Waiter *W,
            coro::coroutine_handle<P> Handle) {
  std::uint32_t Own = 0;
  if constexpr (IsPromiseState<P>::value)
    Own = Handle.promise().promise().handle();
  (void)&promiseResume<>;
  __wasmport_js_promise_then(Awaited.handle(), W, Own);
}

/// Without C++ exceptions: rejects the coroutine's promise with Reason and
/// destroys its frame (the destructors of its locals run).
template <typename P>
void cancel(coro::coroutine_handle<P> Handle, JsValue Reason) {
  Handle.promise().reject(std::move(Reason));
  Handle.destroy();
}

/// `co_await promise`: the value, or a rejection raised in the coroutine
/// (a JsError, or cancellation without C++ exceptions).
template <typename T> class Awaiter : Waiter {
public:
  explicit Awaiter(const JsValue &Awaited) : Waiter{&settle}, Awaited(Awaited) {}

  bool await_ready() const noexcept { return false; }

  template <typename P>
  void await_suspend(coro::coroutine_handle<P> Handle) {
#if !WASMPORT_EXCEPTIONS
    static_assert(IsPromiseState<P>::value,
                  "wasmport: without C++ exceptions (-fwasm-exceptions), a "
                  "rejected promise cancels the coroutine awaiting it, so "
                  "co_await of a wasmport::Promise needs a coroutine "
                  "returning a wasmport::Promise; elsewhere use "
                  "co_await promise.settled()");
    Cancel = [](coro::coroutine_handle<> H, JsValue Reason) {
      cancel(coro::coroutine_handle<P>::from_address(H.address()),
             std::move(Reason));
    };
#endif
    Resumer = Handle;
    listen(Awaited, this, Handle);
  }

  T await_resume() {
#if WASMPORT_EXCEPTIONS
    if (Failed)
      throw JsError(std::move(Reason));
#endif
    if constexpr (!std::is_void_v<T>)
      return std::move(*Value);
  }

private:
  static void settle(Waiter *W, JsValue V, bool Rejected) {
    auto *Self = static_cast<Awaiter *>(W);
    if constexpr (!std::is_void_v<T>) {
      if (!Rejected) {
        Self->Value = JsTraits<T>::fromJs(V);
        if (!Self->Value) {
          V = typeMismatch<T>(V);
          Rejected = true;
        }
      }
    }
    // The awaiter lives in the coroutine's frame: not used after resuming.
    if (Rejected) {
#if WASMPORT_EXCEPTIONS
      Self->Failed = true;
      Self->Reason = std::move(V);
#else
      Self->Cancel(Self->Resumer, std::move(V));
      return;
#endif
    }
    Self->Resumer.resume();
  }

  const JsValue &Awaited;
  coro::coroutine_handle<> Resumer;
  std::conditional_t<std::is_void_v<T>, char, std::optional<T>> Value{};
#if WASMPORT_EXCEPTIONS
  JsValue Reason;
  bool Failed = false;
#else
  void (*Cancel)(coro::coroutine_handle<>, JsValue) = nullptr;
#endif
};

/// `co_await promise.settled()`: a Settled<T>; never throws nor cancels.
template <typename T> class SettledAwaiter : Waiter {
public:
  explicit SettledAwaiter(JsValue Awaited)
      : Waiter{&settle}, Awaited(std::move(Awaited)) {}

  bool await_ready() const noexcept { return false; }
  template <typename P>
  void await_suspend(coro::coroutine_handle<P> Handle) {
    Resumer = Handle;
    listen(Awaited, this, Handle);
  }
  Settled<T> await_resume() { return std::move(*Result); }

private:
  static void settle(Waiter *W, JsValue V, bool Rejected) {
    auto *Self = static_cast<SettledAwaiter *>(W);
    if (Rejected) {
      Self->Result = Settled<T>::rejected(std::move(V));
    } else if constexpr (std::is_void_v<T>) {
      Self->Result = Settled<T>::fulfilled();
    } else if (std::optional<T> Value = JsTraits<T>::fromJs(V)) {
      Self->Result = Settled<T>::fulfilled(std::move(*Value));
    } else {
      Self->Result = Settled<T>::rejected(typeMismatch<T>(V));
    }
    Self->Resumer.resume();
  }

  JsValue Awaited;
  coro::coroutine_handle<> Resumer;
  std::optional<Settled<T>> Result;
};

} // namespace detail

/// A JS promise of a T (void: of nothing in particular). T is void, bool, a
/// number type, std::string, wasmport::JsValue or a std::optional of one of
/// those (JsTraits<T> converts it). As a result type it makes a function a
/// coroutine that may co_await other promises.
template <typename T> class Promise {
public:
  using value_type = T;

  /// Any JS value; one that is not a promise (a thenable is followed)
  /// resolves at once when awaited, as with JS `await`.
  explicit Promise(JsValue V) noexcept : P(std::move(V)) {}

  /// `Promise.resolve(V)` and `Promise.reject(Reason)`: already settled.
  template <typename U = T, std::enable_if_t<!std::is_void_v<U>, int> = 0>
  static Promise resolve(U V) {
    return Promise(JsValue::global("Promise").call("resolve", toJs(std::move(V))));
  }
  template <typename U = T, std::enable_if_t<std::is_void_v<U>, int> = 0>
  static Promise resolve() {
    return Promise(JsValue::global("Promise").call("resolve"));
  }
  static Promise reject(JsValue Reason) {
    return Promise(JsValue::global("Promise").call("reject", Reason));
  }

  /// The JS promise.
  const JsValue &jsValue() const & noexcept { return P; }
  JsValue jsValue() && noexcept { return std::move(P); }

  /// Waits for the promise: its value, converted to T. A rejection (or a
  /// value that does not convert: a TypeError) throws wasmport::JsError with
  /// C++ exceptions, and cancels the awaiting coroutine without.
  detail::Awaiter<T> operator co_await() const & noexcept {
    return detail::Awaiter<T>(P);
  }
  /// Waits for the promise without throwing or cancelling.
  detail::SettledAwaiter<T> settled() const & { return detail::SettledAwaiter<T>(P); }
  detail::SettledAwaiter<T> settled() && {
    return detail::SettledAwaiter<T>(std::move(P));
  }

  class promise_type;

private:
  JsValue P;
};

template <typename T>
class Promise<T>::promise_type : public detail::PromiseState {
public:
  Promise get_return_object() { return Promise(promise()); }
  void return_value(T V) { resolve(JsTraits<T>::toJs(std::move(V))); }
};

template <>
class Promise<void>::promise_type : public detail::PromiseState {
public:
  Promise get_return_object() { return Promise(promise()); }
  void return_void() { resolve(JsValue()); }
};

namespace wire {
/// A Promise parameter or an import's Promise result: adopts the handle JS
/// made.
template <typename P> inline P adoptPromise(std::uint32_t Handle) {
  return P(JsValue::adopt(Handle));
}
/// A Promise result: JS takes the promise over.
template <typename T> inline std::uint32_t releasePromise(Promise<T> P) {
  return std::move(P).jsValue().release();
}
/// A Promise in a slot (a vector's or optional's element, a value struct's
/// field): its handle, which the reader takes over.
template <typename T> struct Codec<Promise<T>> {
  static constexpr std::size_t Size = layout::Handle.Size,
                               Align = layout::Handle.Align;
  static Promise<T> read(const unsigned char *At) {
    return Promise<T>(JsValue::adopt(detail::loadU32(At)));
  }
  static void write(unsigned char *At, Promise<T> P) {
    detail::storeU32(At, std::move(P).jsValue().release());
  }
};
/// A Promise passed to an import: JS only reads it during the call.
template <typename T> inline std::uint32_t borrowPromise(const Promise<T> &P) {
  return P.jsValue().handle();
}
} // namespace wire

} // namespace wasmport

#endif // WASMPORT_SUPPORTED_STANDARD
#endif // WASMPORT_PROMISE_H
