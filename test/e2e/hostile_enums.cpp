// Hostile JS values for enums (docs/Reliability.md#hostile-js-values): enum
// arguments, results, elements, fields and errors, number- and
// string-valued, which no value outside the enum's set may reach C++ as.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <vector>

/// How many times C++ was called: a refused argument does not get here.
static int32_t Calls = 0;
[[wasmport::export]] int32_t calls() { return Calls; }

enum class [[wasmport::export]] Level : int8_t { Low = -2, Mid = 0, High = 3 };
enum class [[wasmport::export]] Wide : uint32_t { One = 1, Top = 4000000000u };
enum class [[wasmport::export]] Fruit {
  Apple [[wasmport::export("apple")]],
  Pear [[wasmport::export("pear")]],
};

[[wasmport::export]] int32_t levelOf(Level l) {
  ++Calls;
  return static_cast<int32_t>(l);
}
[[wasmport::export]] uint32_t wideOf(Wide w) {
  ++Calls;
  return static_cast<uint32_t>(w);
}
[[wasmport::export]] int32_t fruitOf(Fruit f) {
  ++Calls;
  return f == Fruit::Pear ? 2 : 1;
}
[[wasmport::export]] Fruit otherFruit(Fruit f) {
  ++Calls;
  return f == Fruit::Pear ? Fruit::Apple : Fruit::Pear;
}
[[wasmport::export]] Level higher(Level l) {
  ++Calls;
  return l == Level::Low ? Level::Mid : Level::High;
}
/// A value no enumerator of Fruit names: JS gets an Error, not a string.
[[wasmport::export]] Fruit strayFruit() { return static_cast<Fruit>(9); }

[[wasmport::export]] int32_t countPears(const std::vector<Fruit> &fs) {
  ++Calls;
  int32_t N = 0;
  for (Fruit F : fs)
    N += F == Fruit::Pear;
  return N;
}
[[wasmport::export]] int32_t levelOr(std::optional<Level> l) {
  ++Calls;
  return l ? static_cast<int32_t>(*l) : 100;
}
struct [[wasmport::value]] Basket {
  Fruit fruit;
  Level level;
};
[[wasmport::export]] int32_t weigh(Basket b) {
  ++Calls;
  return (b.fruit == Fruit::Pear ? 10 : 20) + static_cast<int32_t>(b.level);
}
[[wasmport::export]] Basket basket(int32_t n) {
  return {n % 2 ? Fruit::Pear : Fruit::Apple, n > 0 ? Level::High : Level::Low};
}
/// An enum error: an Error whose `value` is the enumerator.
[[wasmport::export]] std::expected<int32_t, Level> checked(int32_t n) {
  if (n < 0)
    return std::unexpected(Level::Low);
  return n;
}
