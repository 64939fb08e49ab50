// Constants and the methods JS calls by itself: `static constexpr` data
// members and [[wasmport::export]] constexpr variables become read-only JS
// values (docs/Types.md "Constants"); toString() serves String(obj) and
// template literals, and operator== (a member, a friend or a function of the
// class's namespace) becomes equals(other).
#include <wasmport/wasmport.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

static int32_t Alive = 0; // C++ objects of these classes alive

enum class [[wasmport::export]] Level : uint8_t { Low = 1, High = 9 };
enum class [[wasmport::export]] Shape {
  Circle [[wasmport::export("circle")]],
  Square [[wasmport::export("square")]],
};

/// A point on the screen.
class [[wasmport::export]] Point {
public:
  /// The largest coordinate.
  static constexpr int32_t MAX = 1000;
  static constexpr int64_t BIG = -9007199254740993; // past 2^53
  static constexpr uint64_t UBIG = std::numeric_limits<uint64_t>::max();
  static constexpr double PI = 3.141592653589793;
  static constexpr double TENTH = 0.1;
  static constexpr float THIRD = 1.0f / 3.0f;
  static constexpr double NOTHING = std::numeric_limits<double>::quiet_NaN();
  static constexpr double UP = std::numeric_limits<double>::infinity();
  static constexpr float DOWN = -std::numeric_limits<float>::infinity();
  static constexpr double NEG_ZERO = -0.0;
  static constexpr double LARGE = 1e300;
  static constexpr bool ORIGIN_IS_ZERO = true;
  static constexpr const char *UNIT = "px \"quoted\"\n'\\";
  static constexpr std::string_view NAME = "Point \xE2\x82\xAC";
  static constexpr std::string_view WITH_NUL{"a\0b", 3};
  static constexpr Level DEFAULT_LEVEL = Level::High;
  static constexpr Shape DEFAULT_SHAPE = Shape::Square;
  static const int32_t LEGACY = 7; // const with a constant initializer
  static int32_t counter;          // state, not a constant: left alone
  [[wasmport::export("TINY")]] static constexpr int8_t tiny = -128;
  [[wasmport::skip]] static constexpr int32_t hidden = 1;

  Point(int32_t x, int32_t y) : x(x), y(y) { ++Alive; }
  Point(const Point &O) : x(O.x), y(O.y) { ++Alive; }
  ~Point() { --Alive; }

  int32_t x, y;
  std::string toString() const {
    return "(" + std::to_string(x) + ", " + std::to_string(y) + ")";
  }
  bool operator==(const Point &O) const { return x == O.x && y == O.y; }
};
int32_t Point::counter = 0;

/// A name: toString returns a view, operator== is a friend.
class [[wasmport::export]] Tag {
public:
  explicit Tag(std::string Name) : Name(std::move(Name)) { ++Alive; }
  ~Tag() { --Alive; }
  std::string_view toString() const { return Name; }
  friend bool operator==(const Tag &A, const Tag &B) { return A.Name == B.Name; }

private:
  std::string Name;
};

namespace geo {
/// operator== is a function of the class's namespace.
class [[wasmport::export]] Box {
public:
  explicit Box(int32_t W) : w(W) { ++Alive; }
  ~Box() { --Alive; }
  int32_t w;
};
bool operator==(const Box &A, const Box &B) { return A.w == B.w; }

/// A defaulted operator== (C++20), and a toString as a C string.
class [[wasmport::export]] Size {
public:
  Size(int32_t W, int32_t H) : w(W), h(H) { ++Alive; }
  Size(const Size &O) : w(O.w), h(O.h) { ++Alive; }
  ~Size() { --Alive; }
  bool operator==(const Size &) const = default;
  const char *toString() const { return w > h ? "wide" : "tall"; }
  int32_t w, h;
};
} // namespace geo

/// The library's version.
[[wasmport::export]] constexpr std::string_view VERSION = "1.2.3";
[[wasmport::export]] constexpr int32_t ANSWER = 42;
[[wasmport::export("LIMIT")]] constexpr uint16_t kLimit = 65535;
[[wasmport::export]] constexpr int64_t NEG = -1;

namespace [[wasmport::export]] cfg {
[[wasmport::export]] inline constexpr double RATIO = 0.1;
[[wasmport::export]] constexpr Level LEVEL = Level::Low;
constexpr int32_t internal = 5; // not marked: not exported
int32_t twice(int32_t V) { return 2 * V; }
} // namespace cfg

[[wasmport::export]] int32_t alive_objects() { return Alive; }
