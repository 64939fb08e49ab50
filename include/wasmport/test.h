//===- wasmport/test.h - Assertions for [[wasmport::test]] functions ------===//
//
// WASMPORT_CHECK(cond), WASMPORT_CHECK_EQ(a, b) and WASMPORT_REQUIRE(cond)
// for tests run by wasmport-test (DESIGN.md 1.6, docs/Testing.md). A failed
// check records the failure and the test goes on; a failed REQUIRE records it
// and stops the test: it throws wasmport::test::Stopped when C++ exceptions
// are on (-fwasm-exceptions), and otherwise ends the test's instance with a
// trap, which the runner reports as the recorded failure (each test runs in
// a fresh instance, so nothing after it is affected).
//
// A failure is recorded by writing one line to stderr:
//   ##wasmport-test-failure## FILE:LINE: MESSAGE
// The runner takes these lines out of the test's captured stderr and reports
// them in its TAP output; a test that wrote one has failed.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_TEST_H
#define WASMPORT_TEST_H

#include <wasmport/wire.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>

namespace wasmport::test {

/// Thrown by a failed WASMPORT_REQUIRE when C++ exceptions are on.
struct Stopped {};

namespace detail {

template <typename T, typename = void> struct Streamable : std::false_type {};
template <typename T>
struct Streamable<T, std::void_t<decltype(std::declval<std::ostream &>()
                                          << std::declval<const T &>())>>
    : std::true_type {};

/// V as a check message shows it: through operator<< when there is one,
/// else as "(a value of N bytes)".
template <typename T> std::string show(const T &V) {
  if constexpr (std::is_same_v<T, bool>) {
    return V ? "true" : "false";
  } else if constexpr (std::is_same_v<T, char> || std::is_same_v<T, signed char> ||
                       std::is_same_v<T, unsigned char>) {
    return std::to_string(static_cast<int>(V));
  } else if constexpr (std::is_convertible_v<const T &, std::string_view>) {
    std::string Out = "\"";
    Out += std::string_view(V);
    return Out + "\"";
  } else if constexpr (Streamable<T>::value) {
    std::ostringstream OS;
    OS << V;
    return OS.str();
  } else {
    return "(a value of " + std::to_string(sizeof(T)) + " bytes)";
  }
}

/// Records one failure: the line the runner reads (see the file comment).
inline void fail(const char *File, int Line, const std::string &Message) {
  std::string Text;
  for (char C : Message)
    Text += C == '\n' ? ' ' : C; // one line per failure
  std::fprintf(stderr, "##wasmport-test-failure## %s:%d: %s\n", File, Line,
               Text.c_str());
  std::fflush(stderr);
}

template <typename A, typename B>
bool checkEq(const A &L, const B &R, const char *LText, const char *RText,
             const char *File, int Line) {
  if (L == R)
    return true;
  fail(File, Line,
       std::string("WASMPORT_CHECK_EQ(") + LText + ", " + RText +
           ") failed: " + show(L) + " != " + show(R));
  return false;
}

[[noreturn]] inline void stop() {
#if WASMPORT_EXCEPTIONS
  throw Stopped{};
#else
  __builtin_trap();
#endif
}

} // namespace detail
} // namespace wasmport::test

/// Records a failure at this line if cond is false; the test goes on.
#define WASMPORT_CHECK(cond)                                                   \
  ((cond) ? (void)0                                                            \
          : ::wasmport::test::detail::fail(                                    \
                __FILE__, __LINE__, "WASMPORT_CHECK(" #cond ") failed"))

/// Records a failure showing both values if a == b is false.
#define WASMPORT_CHECK_EQ(a, b)                                                \
  ((void)::wasmport::test::detail::checkEq((a), (b), #a, #b, __FILE__,         \
                                           __LINE__))

/// Records a failure and stops the test if cond is false.
#define WASMPORT_REQUIRE(cond)                                                 \
  ((cond) ? (void)0                                                            \
          : (::wasmport::test::detail::fail(                                   \
                 __FILE__, __LINE__, "WASMPORT_REQUIRE(" #cond ") failed"),    \
             ::wasmport::test::detail::stop()))

#endif // WASMPORT_TEST_H
