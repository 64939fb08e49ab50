// Imports taking and returning the rich types (docs/Types.md): each kind
// once as a parameter (C++ -> JS) and once as a result (JS -> C++), plus a
// member of an imported class.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

enum class [[wasmport::export]] Level { Low, High };
enum class [[wasmport::export]] Fill {
  Solid [[wasmport::export("solid")]],
  Dashed [[wasmport::export("dashed")]],
};

struct [[wasmport::value]] Point {
  double x, y;
};

class [[wasmport::export]] Item {
public:
  explicit Item(int v) : v(v) {}
  int value() const { return v; }

private:
  int v;
};

[[wasmport::import("host.floats")]] void floats(const std::vector<float> &v);
[[wasmport::import("host.names")]] void names(std::vector<std::string> v);
[[wasmport::import("host.bytes")]] void bytes(std::span<const uint8_t> s);
[[wasmport::import("host.point")]] void point(const Point &p, std::optional<Point> q);
[[wasmport::import("host.enums")]] void enums(Level l, Fill f);
[[wasmport::import("host.items")]] void items(Item copy, std::unique_ptr<Item> owned);

[[wasmport::import("host.getFloats")]] std::vector<float> getFloats();
[[wasmport::import("host.getNames")]] std::vector<std::string> getNames();
[[wasmport::import("host.getPoint")]] std::optional<Point> getPoint();
[[wasmport::import("host.getLevel")]] Level getLevel();
[[wasmport::import("host.getFill")]] Fill getFill();
[[wasmport::import("host.getItem")]] Item getItem();
[[wasmport::import("host.takeItem")]] std::unique_ptr<Item> takeItem();

class [[wasmport::import("Canvas")]] Canvas : public wasmport::JsValue {
public:
  std::vector<Point> path(const std::vector<Point> &points, Fill fill) const;
};

[[wasmport::export]] int use(const Canvas &c) {
  floats({1.5f});
  names({"a"});
  static const uint8_t B[] = {1};
  bytes(B);
  point({1, 2}, std::nullopt);
  enums(Level::High, Fill::Dashed);
  items(Item(1), std::make_unique<Item>(2));
  return static_cast<int>(getFloats().size() + getNames().size() +
                          getPoint().has_value() + static_cast<int>(getLevel()) +
                          static_cast<int>(getFill()) + getItem().value() +
                          takeItem()->value() +
                          c.path({{0, 0}}, Fill::Solid).size());
}
