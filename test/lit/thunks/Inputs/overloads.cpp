// Overloads under one JS name and default arguments: a free function by
// type and by count, a function with defaults, a class with overloaded
// constructors and methods.
#include <wasmport/wasmport.h>

#include <string>

[[wasmport::export]] int pick(int n) { return n; }
[[wasmport::export]] int pick(const std::string &s) { return int(s.size()); }
[[wasmport::export]] int pick(int a, int b) { return a + b; }

[[wasmport::export]] std::string pad(const std::string &s, int width = 8,
                                     std::string fill = " ") {
  std::string out = s;
  while (int(out.size()) < width)
    out += fill;
  return out;
}

class [[wasmport::export]] Pen {
public:
  Pen(int width = 1) : width(width) {}
  Pen(const std::string &) {}
  void draw(double x, double y) {}
  void draw(const Pen &other) {}
  int size() { return width; }
  int size() const { return width; }

private:
  int width = 1;
};
