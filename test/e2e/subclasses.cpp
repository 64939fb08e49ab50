// JS classes implementing C++ virtual interfaces (docs/Subclasses.md): C++
// holding a Listener& or a Listener* calls the JS overrides.
#include <wasmport/wasmport.h>

#include <string>
#include <string_view>

/// An interface: every function pure.
class [[wasmport::export]] Listener {
public:
  virtual ~Listener() = default;
  virtual int onHit(int damage) = 0;
  virtual std::string name() const = 0;
};

/// A class with C++ implementations a JS subclass may replace, and a
/// protected pure virtual one it must implement.
class [[wasmport::export]] Shape {
public:
  explicit Shape(double scale) : Scale(scale) {}
  virtual ~Shape() = default;
  virtual double area() const { return 0; }
  virtual std::string describe(const std::string &prefix) const {
    return prefix + ": a shape of area " + std::to_string(area() * Scale);
  }
  double scale() const { return Scale; }
  /// Calls the protected virtual.
  int secret() { return hidden(7); }

protected:
  virtual int hidden(int x) = 0;

private:
  double Scale;
};

/// A concrete class: JS can construct it and extend it.
class [[wasmport::export]] Greeter {
public:
  virtual ~Greeter() = default;
  virtual std::string greet(std::string_view who) { return "hello " + std::string(who); }
  virtual void fail() {}
};

/// C++ holding the JS object: a reference and a pointer.
[[wasmport::export]] int hit(Listener &L, int damage) { return L.onHit(damage) + 1; }
[[wasmport::export]] std::string nameOf(const Listener *L) {
  return L ? "<" + L->name() + ">" : "none";
}
[[wasmport::export]] std::string describe(const Shape &S, std::string_view prefix) {
  return S.describe(std::string(prefix));
}
[[wasmport::export]] double areaOf(const Shape &S) { return S.area(); }
[[wasmport::export]] int secretOf(Shape &S) { return S.secret(); }
[[wasmport::export]] std::string greetBoth(Greeter &G, std::string_view a, std::string_view b) {
  return G.greet(a) + " / " + G.greet(b);
}
[[wasmport::export]] void failOf(Greeter &G) { G.fail(); }

/// Holds a Listener* past the call, as a library's set-listener does.
class [[wasmport::export]] World {
public:
  void setListener(Listener *L) { Current = L; }
  int step(int n) {
    int Sum = 0;
    for (int I = 0; I != n; ++I)
      Sum += Current ? Current->onHit(I) : 0;
    return Sum;
  }

private:
  Listener *Current = nullptr;
};
