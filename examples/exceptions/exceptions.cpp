// examples/exceptions: C++ exceptions with -fwasm-exceptions, both ways.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

// Implemented in JS (run.mjs); throws for unknown keys.
[[wasmport::import("settings.read")]] std::string readSetting(std::string_view key);

namespace {
/// Says when its scope ends, also when an exception passes.
struct Scope {
  std::string Name;
  ~Scope() { std::printf("  leaving %s\n", Name.c_str()); }
};

std::string lookup(std::string_view key) {
  Scope S{"lookup"};
  return readSetting(key);
}
} // namespace

/// A setting, or its default when the JS side throws.
[[wasmport::export]] std::string setting(std::string_view key, std::string_view fallback) {
  Scope S{"setting"};
  try {
    return lookup(key);
  } catch (const wasmport::JsError &E) {
    std::printf("  caught from JS: %s\n", E.what());
    return std::string(fallback);
  }
}

/// std::vector::at throws std::out_of_range; JS gets an Error.
[[wasmport::export]] int32_t element(std::vector<int32_t> values, uint32_t index) {
  return values.at(index);
}

class [[wasmport::export]] Wallet {
public:
  explicit Wallet(int32_t coins) : Coins(coins) {}
  int32_t spend(int32_t n) {
    if (n > Coins)
      throw std::runtime_error("cannot spend " + std::to_string(n) + " of " +
                               std::to_string(Coins) + " coins");
    return Coins -= n;
  }

private:
  int32_t Coins;
};
