// Compiled WITHOUT the wasmport plugin, with -fwasm-exceptions, and linked
// against the runtime scripts/eh-runtime.sh builds (test/eh/CMakeLists.txt).
// eh_runtime.test.mjs runs it in Node and compares its output with the
// expected lines: every line below is printed only if C++ exceptions really
// unwind and are caught.
//
// Where each exception comes from:
// - three_frames: a throw in user code, through three frames whose locals'
//   destructors must run in order (the personality routine and
//   _Unwind_CallPersonality in libc++abi/libunwind);
// - vector_at: std::vector::at, whose std::out_of_range is constructed by
//   libc++ (logic_error's refcounted string lives in the library);
// - string_at: std::string::at, thrown from the header's inline code;
// - stoi_range / stoi_invalid: std::stoi, defined only in libc++'s
//   string.cpp: thrown by library code;
// - call_once: a throw from user code crosses libc++'s __call_once, which
//   catches, resets the flag and rethrows: a catch/rethrow inside the library.
#include <cstdio>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) {}
  ~Guard() { std::printf("~%s\n", name); }
};

[[gnu::noinline]] void frame3(int depth) {
  Guard g("frame3");
  if (depth > 0) throw std::runtime_error("boom from frame3");
  std::printf("not reached\n");
}

[[gnu::noinline]] void frame2(int depth) {
  Guard g("frame2");
  frame3(depth);
}

[[gnu::noinline]] void frame1(int depth) {
  Guard g("frame1");
  frame2(depth);
}

template <class F> void expect(const char *label, F f) {
  try {
    f();
    std::printf("%s: no exception\n", label);
  } catch (const std::out_of_range &e) {
    std::printf("%s: out_of_range: %s\n", label, e.what());
  } catch (const std::invalid_argument &e) {
    std::printf("%s: invalid_argument: %s\n", label, e.what());
  } catch (const std::exception &e) {
    std::printf("%s: exception: %s\n", label, e.what());
  } catch (...) {
    std::printf("%s: unknown exception\n", label);
  }
}

std::once_flag once;
int once_calls = 0;

} // namespace

extern "C" __attribute__((export_name("run"))) int run() {
  expect("three_frames", [] { frame1(1); });

  std::vector<int> v{1, 2, 3};
  volatile size_t index = 7;
  expect("vector_at", [&] { std::printf("%d\n", v.at(index)); });

  std::string s = "abc";
  expect("string_at", [&] { std::printf("%c\n", s.at(index)); });
  expect("stoi_range", [] { std::printf("%d\n", std::stoi("99999999999")); });
  expect("stoi_invalid", [] { std::printf("%d\n", std::stoi("wasm")); });

  expect("call_once", [] {
    std::call_once(once, [] {
      ++once_calls;
      throw std::logic_error("first call_once attempt");
    });
  });
  expect("call_once_again", [] { std::call_once(once, [] { ++once_calls; }); });
  std::printf("call_once ran %d times\n", once_calls);

  // An exception nobody catches inside C++ must not be reached here.
  std::printf("done\n");
  std::fflush(stdout);
  return 0;
}
