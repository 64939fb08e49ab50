// The rich-type scenarios, embind variant (em++ --bind 3.1.6): the bodies
// of rich.h bound the idiomatic embind way where embind has the feature:
// `val` for JS values, functions, arrays and Date; value_object for the
// struct. Emscripten 3.1.6 has neither std::expected (its libc++) nor
// coroutines over promises, and the JS-subclass scenario is left out; those
// rows compare wasmport with raw only.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include "rich.h"

using emscripten::val;

namespace {

val echo(val V) { return V; }

val Stored = val::undefined();
void setCallback(val F) { Stored = std::move(F); }
void clearCallback() { Stored = val::undefined(); }
int32_t runCallback(int32_t N) {
  return rich::foldCalls([](int32_t I) { return Stored(I).as<int32_t>(); }, N);
}

/// A new Float64Array copied from the vector (embind's fastest way out).
val makeDoubles(int32_t N) {
  std::vector<double> V = rich::makeDoubles(N);
  return val::global("Float64Array").new_(emscripten::typed_memory_view(V.size(), V.data()));
}

rich::Rec moveRec(const rich::Rec &R) { return rich::moveRec(R); }

val reverseStrings(val Strings) {
  std::vector<std::string> Out =
      rich::reverseStrings(emscripten::vecFromJSArray<std::string>(Strings));
  val Array = val::array();
  for (std::size_t I = 0; I < Out.size(); ++I)
    Array.set(I, val(Out[I]));
  return Array;
}

int32_t callTextImport(int32_t N) {
  static val Text = val::global("benchSink")["richText"];
  int32_t Acc = 0;
  for (int32_t I = 0; I < N; ++I)
    Acc = rich::foldText(Acc, Text(I).as<std::string>());
  return Acc;
}

double sumTimes(val D, int32_t N) {
  return rich::sumCalls([&D](int32_t) { return D.call<double>("getTime"); }, N);
}

} // namespace

EMSCRIPTEN_BINDINGS(rich) {
  emscripten::value_object<rich::Rec>("Rec")
      .field("x", &rich::Rec::x)
      .field("y", &rich::Rec::y)
      .field("w", &rich::Rec::w)
      .field("h", &rich::Rec::h)
      .field("name", &rich::Rec::name);
  emscripten::function("echo", &echo);
  emscripten::function("set_callback", &setCallback);
  emscripten::function("clear_callback", &clearCallback);
  emscripten::function("run_callback", &runCallback);
  emscripten::function("make_doubles", &makeDoubles);
  emscripten::function("move_rec", &moveRec);
  emscripten::function("reverse_strings", &reverseStrings);
  emscripten::function("call_text_import", &callTextImport);
  emscripten::function("sum_times", &sumTimes);
}
