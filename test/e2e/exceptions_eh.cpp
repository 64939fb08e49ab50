// C++ exceptions with -fwasm-exceptions, linked with the C++ runtime of
// scripts/eh-runtime.sh (docs/Exceptions.md): a C++ exception leaving an
// export becomes a JS Error with what(), and the module goes on; a JS
// exception thrown by an import reaches C++ as wasmport::JsError, unwinding
// the C++ frames between with their destructors.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

using wasmport::JsError;
using wasmport::JsValue;

//===--- C++ exceptions leaving exports -----------------------------------===//

struct NotStd {
  int Code = 7;
};

/// What each kind of exception looks like in JS.
[[wasmport::export]] int32_t fail(int32_t how) {
  switch (how) {
  case 0: throw std::runtime_error("runtime error: " + std::to_string(how));
  case 1: throw std::invalid_argument("bad argument");
  case 2: throw NotStd();
  case 3: throw 42;
  default: return how;
  }
}

/// libc++'s own exception leaves the export.
[[wasmport::export]] int32_t element(std::vector<int32_t> values, uint32_t index) {
  return values.at(index);
}

/// ... or is caught in C++.
[[wasmport::export]] int32_t element_or(std::vector<int32_t> values,
                                        uint32_t index, int32_t fallback) {
  try {
    return values.at(index);
  } catch (const std::out_of_range &) {
    return fallback;
  }
}

[[wasmport::export]] std::string text_or_throw(bool ok) {
  if (!ok)
    throw std::logic_error("no text");
  return "text";
}

namespace {
[[noreturn, gnu::noinline]] void raise(const char *What) {
  throw std::runtime_error(What);
}
} // namespace

/// noexcept: std::terminate, which aborts; the module is terminated.
[[wasmport::export]] void fail_noexcept() noexcept {
  raise("escaped a noexcept function");
}

class [[wasmport::export]] Account {
public:
  explicit Account(int64_t balance) : Balance(balance) {
    if (balance < 0)
      throw std::invalid_argument("an account cannot start below zero, got " +
                                  std::to_string(balance));
  }

  int64_t withdraw(int64_t amount) {
    if (amount > Balance)
      throw std::runtime_error("insufficient funds: balance " +
                               std::to_string(Balance) + ", asked " +
                               std::to_string(amount));
    Balance -= amount;
    return Balance;
  }

  [[wasmport::getter]] int64_t balance() const { return Balance; }

private:
  int64_t Balance;
};

//===--- JS exceptions through C++ frames ---------------------------------===//

[[wasmport::import]] void hostStep(int32_t what);
[[wasmport::import]] int64_t hostBig(int32_t what);
[[wasmport::import]] std::string hostText(int32_t what);
/// noexcept: a JS exception cannot pass through C++ (std::terminate).
[[wasmport::import]] void hostQuiet(int32_t what) noexcept;

namespace {
/// The destructors that ran, in order.
std::string Record;

struct Frame {
  const char *Name;
  ~Frame() {
    Record += Name;
    Record += ';';
  }
};

[[gnu::noinline]] void level3(int32_t what) {
  Frame F{"level3"};
  hostStep(what);
}
[[gnu::noinline]] void level2(int32_t what) {
  Frame F{"level2"};
  level3(what);
}
[[gnu::noinline]] void level1(int32_t what) {
  Frame F{"level1"};
  level2(what);
}
} // namespace

/// The JS function throws (what != 0) three C++ frames down; C++ catches it.
[[wasmport::export]] std::string catch_js(int32_t what) {
  Record.clear();
  try {
    level1(what);
    return "no exception";
  } catch (const JsError &E) {
    return "caught: " + std::string(E.what()) +
           (E.value().isObject() ? " (an object)" : "");
  }
}

/// Not caught: the exception leaves the export, and JS gets its value back.
[[wasmport::export]] void pass_js(int32_t what) {
  Record.clear();
  level1(what);
}

/// The destructors that ran during the last catch_js or pass_js.
[[wasmport::export]] std::string record() { return Record; }

[[wasmport::export]] std::string other_results(int32_t what) {
  try {
    return std::to_string(hostBig(what)) + " " + hostText(what);
  } catch (const JsError &E) {
    return "caught: " + std::string(E.what());
  }
}

/// A JsValue operation that throws: JSON.parse of bad text.
[[wasmport::export]] JsValue parse(std::string_view text) {
  return JsValue::global("JSON").call("parse", text);
}

/// A JsError made in C++: JS gets its value, whatever it is.
[[wasmport::export]] void throw_js_value(int32_t which) {
  if (which == 0)
    throw JsError(JsValue::error("made in C++"));
  if (which == 1)
    throw JsError(JsValue());
  throw JsError(JsValue("a string"));
}

[[wasmport::export]] void quiet(int32_t what) {
  Record.clear();
  Frame F{"quiet"};
  hostQuiet(what);
}
