//===- wasmport/coroutine.h - The C++20 coroutine library, where it is ----===//
//
// wasmport::coro names the namespace of coroutine_handle and suspend_never
// for <wasmport/promise.h>:
//   - std, from <coroutine> (C++20 libraries: libc++ 14 and later);
//   - std::experimental, from <experimental/coroutine>, with a compiler that
//     still accepts the Coroutines TS library (Clang up to 16): Emscripten
//     3.1.6's libc++ with its Clang 14, which warns that the TS is
//     deprecated;
//   - std, from the minimal declarations below, when a newer Clang reads a
//     library that has only <experimental/coroutine>: wasmport-rewrite
//     (Clang 19) run with Emscripten 3.1.6's flags. Clang 17 and later find
//     coroutine types in std only.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_COROUTINE_H
#define WASMPORT_COROUTINE_H

#include <wasmport/config.h>
#if WASMPORT_SUPPORTED_STANDARD

#if __has_include(<coroutine>)
#include <coroutine>
namespace wasmport {
namespace coro = std;
} // namespace wasmport
#elif defined(__clang__) && __clang_major__ < 17
#include <experimental/coroutine>
namespace wasmport {
namespace coro = std::experimental;
} // namespace wasmport
#else
#include <cstddef>

// What Clang needs of <coroutine> ([support.coroutine]), on its builtins.
namespace std {
template <class R, class... Args> struct coroutine_traits {
  using promise_type = typename R::promise_type;
};

template <class Promise = void> struct coroutine_handle;

template <> struct coroutine_handle<void> {
  constexpr coroutine_handle() noexcept = default;
  constexpr coroutine_handle(nullptr_t) noexcept {}
  static constexpr coroutine_handle from_address(void *A) noexcept {
    coroutine_handle H;
    H.P = A;
    return H;
  }
  constexpr void *address() const noexcept { return P; }
  constexpr explicit operator bool() const noexcept { return P != nullptr; }
  bool done() const { return __builtin_coro_done(P); }
  void operator()() const { resume(); }
  void resume() const { __builtin_coro_resume(P); }
  void destroy() const { __builtin_coro_destroy(P); }

private:
  void *P = nullptr;
};

template <class Promise> struct coroutine_handle {
  constexpr coroutine_handle() noexcept = default;
  constexpr coroutine_handle(nullptr_t) noexcept {}
  static coroutine_handle from_promise(Promise &Pr) noexcept {
    coroutine_handle H;
    H.P = __builtin_coro_promise(&Pr, alignof(Promise), true);
    return H;
  }
  static constexpr coroutine_handle from_address(void *A) noexcept {
    coroutine_handle H;
    H.P = A;
    return H;
  }
  constexpr void *address() const noexcept { return P; }
  constexpr operator coroutine_handle<>() const noexcept {
    return coroutine_handle<>::from_address(P);
  }
  constexpr explicit operator bool() const noexcept { return P != nullptr; }
  bool done() const { return __builtin_coro_done(P); }
  void operator()() const { resume(); }
  void resume() const { __builtin_coro_resume(P); }
  void destroy() const { __builtin_coro_destroy(P); }
  Promise &promise() const {
    return *static_cast<Promise *>(
        __builtin_coro_promise(P, alignof(Promise), false));
  }

private:
  void *P = nullptr;
};

struct suspend_never {
  constexpr bool await_ready() const noexcept { return true; }
  constexpr void await_suspend(coroutine_handle<>) const noexcept {}
  constexpr void await_resume() const noexcept {}
};
struct suspend_always {
  constexpr bool await_ready() const noexcept { return false; }
  constexpr void await_suspend(coroutine_handle<>) const noexcept {}
  constexpr void await_resume() const noexcept {}
};
} // namespace std

namespace wasmport {
namespace coro = std;
} // namespace wasmport
#endif

#endif // WASMPORT_SUPPORTED_STANDARD
#endif // WASMPORT_COROUTINE_H
