// The benchmarked API, embind variant (Emscripten's `em++ --bind`): the
// idiomatic embind spelling of the same functions, with the C++ bodies of
// api.h. C++ calls JS through cached emscripten::val handles.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <vector>

#include "../api.h"

using emscripten::val;

namespace {

int32_t add(int32_t A, int32_t B) { return bench::add(A, B); }

int32_t utf8Len(const std::string &S) { return bench::utf8Len(S); }

std::string greet(const std::string &Name) { return bench::greet(Name); }

/// The idiomatic way to get a typed array's elements: a vector of the right
/// size, filled by one TypedArray.set() through a typed_memory_view.
double sum(val Xs) {
  std::vector<double> Data(Xs["length"].as<size_t>());
  val(emscripten::typed_memory_view(Data.size(), Data.data())).call<void>("set", Xs);
  return bench::sum(Data.data(), Data.size());
}

class Counter {
public:
  explicit Counter(int32_t Start) : Value(Start) {}
  int32_t increment(int32_t By) { return Value = bench::step(Value, By); }

private:
  int32_t Value;
};

void callIntImport(int32_t N) {
  static const val Sink = val::global("benchSink")["int"];
  for (int32_t I = 0; I < N; ++I)
    Sink(I);
}

void callStrImport(int32_t N) {
  static const val Sink = val::global("benchSink")["str"];
  for (int32_t I = 0; I < N; ++I)
    Sink(std::string(bench::text16(I)));
}

} // namespace

EMSCRIPTEN_BINDINGS(bench) {
  emscripten::function("add", &add);
  emscripten::function("utf8_len", &utf8Len);
  emscripten::function("greet", &greet);
  emscripten::function("sum", &sum);
  emscripten::function("call_int_import", &callIntImport);
  emscripten::function("call_str_import", &callStrImport);
  emscripten::class_<Counter>("Counter")
      .constructor<int32_t>()
      .function("increment", &Counter::increment);
}
