// JS values, imported classes, std::function and wasmport::Promise inside
// vectors, optionals and value structs (docs/Types.md, "JS values inside
// containers"): each sits in its slot as a JsValue handle. Compiled by
// thunks/values-in-containers.test and js/values-in-containers.test.
#include <wasmport/wasmport.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class [[wasmport::import("Date")]] Date : public wasmport::JsValue {
public:
  double getTime() const;
};

struct [[wasmport::value]] Tagged {
  std::string tag;
  wasmport::JsValue value;
  std::optional<Date> when;
};

struct [[wasmport::value]] Handler {
  std::string name;
  std::function<int(int)> run;
};

[[wasmport::export]] int count(const std::vector<wasmport::JsValue> &xs) {
  return static_cast<int>(xs.size());
}
[[wasmport::export]] std::vector<wasmport::JsValue> values() { return {}; }
[[wasmport::export]] std::optional<Date> latest(std::vector<Date> ds) {
  if (ds.empty())
    return std::nullopt;
  return ds.back();
}
[[wasmport::export]] Tagged retag(Tagged t) { return t; }
[[wasmport::export]] int callAll(std::vector<std::function<int(int)>> fs,
                                 std::optional<std::function<void()>> done) {
  int Sum = 0;
  for (const auto &F : fs)
    Sum += F(1);
  if (done)
    (*done)();
  return Sum;
}
[[wasmport::export]] int run(const Handler &h) { return h.run(2); }
[[wasmport::export]] std::vector<wasmport::Promise<double>> promises() {
  return {};
}

[[wasmport::import("host.handlers")]] std::vector<Handler> handlers();
[[wasmport::import("host.give")]] void give(const std::vector<Date> &ds,
                                             std::optional<wasmport::JsValue> v);

[[wasmport::export]] int useHost() {
  give(std::vector<Date>(), std::nullopt);
  return static_cast<int>(handlers().size());
}
