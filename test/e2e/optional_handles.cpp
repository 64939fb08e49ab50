// A top-level std::optional of wasmport::JsValue or of an imported class (a
// parameter or a result, of exports and imports) crosses as the bare JsValue
// handle, with no slot: undefined (handle 0) when empty, and JS undefined or
// null is std::nullopt (docs/Types.md, "Optionals"). The test checks empty,
// engaged and wrong-kind values both ways and counts the JsValue handles and
// operator new blocks after each case.
#include <wasmport/wasmport.h>

#include <cstdlib>
#include <new>
#include <optional>
#include <string>

using wasmport::JsValue;

// Every block operator new hands out, until operator delete takes it back.
static long Blocks = 0;
void *operator new(std::size_t Size) {
  void *P = std::malloc(Size ? Size : 1);
  if (!P)
    std::abort();
  ++Blocks;
  return P;
}
void operator delete(void *P) noexcept {
  if (P) {
    --Blocks;
    std::free(P);
  }
}
void operator delete(void *P, std::size_t) noexcept { operator delete(P); }

[[wasmport::export]] int liveBlocks() { return static_cast<int>(Blocks); }

class [[wasmport::import("Date")]] Date : public JsValue {
public:
  [[wasmport::constructor]] static Date create(double ms);
  double getTime() const;
};

//===--- exports ------------------------------------------------------------===//

/// Whether C++ got a value: false for undefined and null only.
[[wasmport::export]] bool has(std::optional<JsValue> v) { return v.has_value(); }

/// The value back, as it came.
[[wasmport::export]] std::optional<JsValue> echo(std::optional<JsValue> v) {
  return v;
}

/// 0: empty; 1: an engaged JS null; 2: the number 7.
[[wasmport::export]] std::optional<JsValue> pick(int which) {
  if (which == 0)
    return std::nullopt;
  if (which == 1)
    return JsValue::null();
  return JsValue(7);
}

/// The date's time, or -1 without one (a const reference).
[[wasmport::export]] double timeOf(const std::optional<Date> &d) {
  return d ? d->getTime() : -1;
}

/// A new date at ms, or none for a negative ms.
[[wasmport::export]] std::optional<Date> dateAt(double ms) {
  if (ms < 0)
    return std::nullopt;
  return Date::create(ms);
}

//===--- imports ------------------------------------------------------------===//

[[wasmport::import("host.pass")]] std::optional<JsValue>
hostPass(std::optional<JsValue> v);
[[wasmport::import("host.see")]] std::string
hostSee(const std::optional<Date> &d);
[[wasmport::import("host.date")]] std::optional<Date> hostDate();

/// What host.pass returned for pick(which): "none", or its JS type.
[[wasmport::export]] std::string viaHost(int which) {
  std::optional<JsValue> R = hostPass(pick(which));
  if (!R)
    return "none";
  switch (R->type()) {
  case wasmport::JsType::Number:
    return "number";
  case wasmport::JsType::String:
    return "string";
  case wasmport::JsType::Object:
    return "object";
  default:
    return "other";
  }
}

/// What host.see says of dateAt(ms).
[[wasmport::export]] std::string seeHost(double ms) { return hostSee(dateAt(ms)); }

/// host.date's time, or -1 when it returned undefined or null.
[[wasmport::export]] double hostTime() {
  std::optional<Date> D = hostDate();
  return D ? D->getTime() : -1;
}
