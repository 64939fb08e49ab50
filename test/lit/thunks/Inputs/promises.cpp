// wasmport::Promise (C++20): a coroutine export awaiting an imported
// promise; Promise<void>, Promise<std::string>; a promise parameter of an
// export and of an import; a method returning a promise.
#include <wasmport/wasmport.h>

#include <string>

using wasmport::JsValue;
using wasmport::Promise;

[[wasmport::import("fetchCount")]] Promise<int> fetchCount(std::string url);
[[wasmport::import("report")]] void report(Promise<int> pending);

[[wasmport::export]] Promise<int> total(std::string url, int extra) {
  int N = co_await fetchCount(url);
  co_return N + extra;
}

[[wasmport::export]] Promise<void> waitFor(Promise<JsValue> p) {
  co_await p;
}

[[wasmport::export]] Promise<std::string> describe(Promise<double> p) {
  report(total("/n", 1));
  co_return std::to_string(co_await p.settled() ? 1 : 0);
}

// Not a coroutine: a reference parameter is fine.
[[wasmport::export]] Promise<JsValue> same(const Promise<JsValue> &p) {
  return p;
}

class [[wasmport::export]] Loader {
public:
  Promise<bool> ready() const { return Promise<bool>::resolve(true); }
};
