// An exported class: constructors, methods, statics, and the class by
// reference, pointer and value in signatures.
#include <wasmport/wasmport.h>

#include <string>

namespace shop {
class [[wasmport::export]] Cart {
public:
  Cart() = default;
  explicit Cart(int items) : items(items) {}
  int add(int n) { return items += n; }
  int count() const { return items; }
  std::string describe() const { return std::to_string(items) + " items"; }
  static Cart empty() { return Cart(); }
  void merge(const Cart &other) { items += other.items; }
  void mergeMaybe(Cart *other) { items += other ? other->items : 0; }
  Cart copy() const { return *this; }
  [[wasmport::skip]] void internal() {}

private:
  int items = 0;
};
} // namespace shop

[[wasmport::export]] shop::Cart combine(shop::Cart a, const shop::Cart &b) {
  a.merge(b);
  return a;
}
