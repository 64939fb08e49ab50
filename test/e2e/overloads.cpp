// Overloads chosen at run time and default arguments (docs/Types.md
// "Overloads", "Default arguments"): free functions, methods, statics,
// constructors, const and non-const twins, and a trailing parameter that
// cannot cross but has a default.
#include "overloads_foreign.h"

#include <cstdio>
#include <string>
#include <vector>

static int Alive = 0;

[[wasmport::export]] int alive_objects() { return Alive; }

// By type: an integer, a string, a vector.
[[wasmport::export]] std::string describe(int n) {
  return "int " + std::to_string(n);
}
[[wasmport::export]] std::string describe(const std::string &s) {
  return "string " + s;
}
[[wasmport::export]] std::string describe(const std::vector<int> &v) {
  return "vector of " + std::to_string(v.size());
}
// By count.
[[wasmport::export]] std::string describe(int a, int b) {
  return "two ints " + std::to_string(a + b);
}

// Default arguments, evaluated in C++.
static int next() { return 40; }
[[wasmport::export]] int add(int a, int b = 2, int c = next()) {
  return a * 100 + b * 10 + c;
}
[[wasmport::export]] std::string greet(std::string name = "world",
                                       std::string punct = "!") {
  return "hello " + name + punct;
}
[[wasmport::export]] long long big(long long a, long long b = 7) {
  return a + b;
}

class [[wasmport::export]] Point {
public:
  Point() : X(0), Y(0) { ++Alive; }
  Point(double x, double y = 1.5) : X(x), Y(y) { ++Alive; }
  explicit Point(const std::string &s) : X(double(s.size())), Y(-1) { ++Alive; }
  Point(const Point &o) : X(o.X), Y(o.Y) { ++Alive; }
  ~Point() { --Alive; }
  double x() const { return X; }
  double y() const { return Y; }
  // Overloaded methods.
  void move(double dx, double dy) { X += dx; Y += dy; }
  void move(const Point &by) { X += by.X; Y += by.Y; }
  std::string name() { return "mutable"; }
  std::string name() const { return "const"; }
  // Overloaded statics.
  static Point origin() { return Point(); }
  static Point origin(double at) { return Point(at, at); }
  double scaled(double by = 2) const { return X * by; }
private:
  double X, Y;
};

class [[wasmport::export]] Logger {
public:
  // FILE* cannot cross: left to its default.
  explicit Logger(int level = 1, FILE *out = nullptr)
      : Level(level), Out(out) { ++Alive; }
  ~Logger() { --Alive; }
  int level() const { return Level; }
  bool hasOut() const { return Out != nullptr; }
private:
  int Level;
  FILE *Out;
};
