// The rich-type scenarios, wasmport variant: the bodies of rich.h exported
// with attributes. C++23 (std::expected, wasmport::Promise).
#include <wasmport/wasmport.h>

#include <expected>
#include <functional>

#include "rich.h"

using wasmport::JsValue;
using wasmport::Promise;

[[wasmport::export]] JsValue echo(JsValue v) { return v; }

namespace {
std::function<int32_t(int32_t)> Stored;
} // namespace

[[wasmport::export]] void set_callback(std::function<int32_t(int32_t)> f) {
  Stored = std::move(f);
}
[[wasmport::export]] void clear_callback() { Stored = nullptr; }
/// Calls the stored JS function n times from one C++ loop.
[[wasmport::export]] int32_t run_callback(int32_t n) { return rich::foldCalls(Stored, n); }

[[wasmport::export]] std::vector<double> make_doubles(int32_t n) { return rich::makeDoubles(n); }

using Rec [[wasmport::value]] = rich::Rec;
[[wasmport::export]] Rec move_rec(const Rec &r) { return rich::moveRec(r); }

[[wasmport::export]] std::vector<std::string> reverse_strings(std::vector<std::string> v) {
  return rich::reverseStrings(std::move(v));
}

[[wasmport::import("richText", "../sink.js")]] std::string rich_text(int32_t i);
/// Calls the JS import returning a 16-byte string n times.
[[wasmport::export]] int32_t call_text_import(int32_t n) {
  int32_t Acc = 0;
  for (int32_t I = 0; I < n; ++I)
    Acc = rich::foldText(Acc, rich_text(I));
  return Acc;
}

[[wasmport::import("richNext", "../sink.js")]] Promise<int32_t> rich_next(int32_t i);
/// Resolves after one co_await of a JS promise.
[[wasmport::export]] Promise<int32_t> async_step(int32_t i) {
  int32_t V = co_await rich_next(i);
  co_return V + 1;
}

class [[wasmport::import("Date")]] Date : public JsValue {
public:
  double getTime() const;
};
/// Calls d.getTime() n times from one C++ loop.
[[wasmport::export]] double sum_times(const Date &d, int32_t n) {
  return rich::sumCalls([&d](int32_t) { return d.getTime(); }, n);
}

[[wasmport::export]] std::expected<int32_t, std::string> checked_div(int32_t a, int32_t b) {
  if (b == 0)
    return std::unexpected(std::string(rich::divError()));
  return a / b;
}

using Shape [[wasmport::export]] = rich::Shape;
/// Calls the JS implementation of s.area() n times from one C++ loop.
[[wasmport::export]] double total_area(const Shape &s, int32_t n) { return rich::totalArea(s, n); }
