// C++ coroutines awaiting JS promises, and JS awaiting C++ (docs/Async.md).
#include <wasmport/wasmport.h>

#include <string>

using wasmport::Promise;

// Implemented in run.mjs: a slow lookup that rejects unknown keys.
[[wasmport::import("lookup")]] Promise<std::string> lookup(std::string key);
[[wasmport::import("sleep")]] Promise<void> sleep(int ms);

/// Looks up two keys, one after the other, and joins the answers.
/// A failed lookup rejects the returned promise with the lookup's error.
[[wasmport::export]] Promise<std::string> describe(std::string a, std::string b) {
  std::string First = co_await lookup(a);
  co_await sleep(10);
  std::string Second = co_await lookup(b);
  co_return First + " and " + Second;
}

/// Never rejects: a failed lookup gives the fallback.
[[wasmport::export]] Promise<std::string> lookupOr(std::string key,
                                                    std::string fallback) {
  wasmport::Settled<std::string> Answer = co_await lookup(key).settled();
  co_return Answer ? *Answer : fallback;
}
