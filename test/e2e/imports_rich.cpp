// Imports that take and return rich types (docs/Types.md, "Where each type is
// accepted"): vectors of every element kind, spans, optionals, value
// structs, enums (numbers and strings) and exported classes, as parameters
// (C++ → JS: copied, or given to JS) and results (JS → C++: checked as an
// export's arguments are, then copied or taken over). Each export calls the
// import host.<name> and reports what came back; the test counts live
// operator new blocks, Item objects, JsValue handles and live JS objects.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <vector>

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

enum class [[wasmport::export]] Level { Low, Mid = 5, High };
enum class [[wasmport::export]] Fill {
  Solid [[wasmport::export("solid")]],
  Dashed [[wasmport::export("dashed")]],
  None2 [[wasmport::export("none")]],
};

struct [[wasmport::value]] Point {
  double x, y;
};

struct [[wasmport::value]] Shape {
  std::string name;
  std::vector<Point> points;
  std::optional<Fill> fill;
  Level level;
};

class [[wasmport::export]] Item {
public:
  explicit Item(int V) : V(V) { ++Alive; }
  Item(const Item &O) : V(O.V) { ++Alive; }
  ~Item() { --Alive; }
  int value() const { return V; }
  static int alive() { return Alive; }

private:
  int V;
  static inline int Alive = 0;
};

//===--- parameters: C++ → JS ------------------------------------------------===//

[[wasmport::import("host.sumFloats")]] double sumFloats(const std::vector<float> &v);
[[wasmport::import("host.joinStrings")]] std::string joinStrings(std::vector<std::string> v);
[[wasmport::import("host.countBools")]] int countBools(const std::vector<bool> &v);
[[wasmport::import("host.bytes")]] int bytes(std::span<const uint8_t> s);
[[wasmport::import("host.describe")]] std::string describe(const Shape &s);
[[wasmport::import("host.maybe")]] std::string maybe(std::optional<int> a, std::optional<std::string> b);
[[wasmport::import("host.levels")]] std::string levels(Level l, Fill f, std::vector<Level> all);
[[wasmport::import("host.takeItem")]] int takeItem(Item copy, std::unique_ptr<Item> owned);
[[wasmport::import("host.items")]] int items(std::vector<Item> v);

[[wasmport::export]] double callSumFloats(int n) {
  std::vector<float> v;
  for (int I = 0; I != n; ++I)
    v.push_back(static_cast<float>(I) + 0.5f);
  return sumFloats(v);
}
[[wasmport::export]] std::string callJoin() {
  return joinStrings({"a", "héllo", std::string(300, 'z')});
}
[[wasmport::export]] int callCountBools() {
  return countBools({true, false, true, true});
}
[[wasmport::export]] int callBytes() {
  static const uint8_t Data[] = {1, 2, 3, 250};
  return bytes(Data);
}
[[wasmport::export]] std::string callDescribe() {
  return describe({"tri", {{0, 0}, {1, 0}, {0, 1}}, Fill::Dashed, Level::High});
}
[[wasmport::export]] std::string callMaybe(bool Set) {
  if (Set)
    return maybe(7, std::string("seven"));
  return maybe(std::nullopt, std::nullopt);
}
[[wasmport::export]] std::string callLevels() {
  return levels(Level::Mid, Fill::None2, {Level::Low, Level::High});
}
[[wasmport::export]] int callTakeItem() {
  Item Local(3);
  return takeItem(Local, std::make_unique<Item>(4));
}
[[wasmport::export]] int callItems() { return items({Item(1), Item(2)}); }

//===--- results: JS → C++ ---------------------------------------------------===//

[[wasmport::import("host.floats")]] std::vector<float> floats();
[[wasmport::import("host.strings")]] std::vector<std::string> strings();
[[wasmport::import("host.shape")]] Shape shape();
[[wasmport::import("host.optionalInt")]] std::optional<int> optionalInt();
[[wasmport::import("host.level")]] Level level();
[[wasmport::import("host.fill")]] Fill fill();
[[wasmport::import("host.item")]] Item item();
[[wasmport::import("host.ownedItem")]] std::unique_ptr<Item> ownedItem();
[[wasmport::import("host.points")]] std::vector<std::optional<Point>> points();

[[wasmport::export]] std::string readFloats() {
  std::string Out;
  for (float F : floats())
    Out += std::to_string(static_cast<int>(F * 10)) + ",";
  return Out;
}
[[wasmport::export]] std::string readStrings() {
  std::string Out;
  for (const std::string &S : strings())
    Out += S + "|";
  return Out;
}
[[wasmport::export]] std::string readShape() {
  Shape S = shape();
  std::string Out = S.name + ":" + std::to_string(S.points.size());
  for (const Point &P : S.points)
    Out += ":" + std::to_string(static_cast<int>(P.x)) + "/" +
           std::to_string(static_cast<int>(P.y));
  Out += S.fill ? (*S.fill == Fill::Solid    ? ":solid"
                   : *S.fill == Fill::Dashed ? ":dashed"
                                             : ":none")
                : ":nofill";
  return Out + ":" + std::to_string(static_cast<int>(S.level));
}
[[wasmport::export]] int readOptionalInt() {
  std::optional<int> V = optionalInt();
  return V ? *V : -1;
}
[[wasmport::export]] int readLevel() { return static_cast<int>(level()); }
[[wasmport::export]] int readFill() { return static_cast<int>(fill()); }
[[wasmport::export]] int readItem() { return item().value(); }
[[wasmport::export]] int readOwnedItem() {
  std::unique_ptr<Item> P = ownedItem();
  return P ? P->value() : -1;
}
[[wasmport::export]] std::string readPoints() {
  std::string Out;
  for (const std::optional<Point> &P : points())
    Out += P ? std::to_string(static_cast<int>(P->x + P->y)) + "," : "_,";
  return Out;
}

//===--- a member of an imported class ---------------------------------------===//

class [[wasmport::import("Host")]] Host : public wasmport::JsValue {
public:
  [[wasmport::constructor]] static Host create();
  std::vector<int> scale(const std::vector<int> &v, int by);
  Level pick(std::vector<Level> from);
};

[[wasmport::export]] std::string callHostMembers() {
  Host H = Host::create();
  std::string Out;
  for (int V : H.scale({1, 2, 3}, 10))
    Out += std::to_string(V) + ",";
  return Out + std::to_string(static_cast<int>(H.pick({Level::High, Level::Low})));
}
