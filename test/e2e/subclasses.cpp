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

/// Objects C++ passes to a JS override by pointer or reference, as Box2D's
/// b2ContactListener gets its b2Contact*: the JS method gets a wrapper lent
/// for the call.
class [[wasmport::export]] Contact {
public:
  explicit Contact(int id) : Id(id) {}
  int id() const { return Id; }
  void touch() { ++Touches; }
  int touches() const { return Touches; }

private:
  int Id;
  int Touches = 0;
};

/// Not exported: an override taking it stays C++'s, with a warning.
struct Impulse {
  float normal[2];
};

class [[wasmport::export]] ContactListener {
public:
  virtual ~ContactListener() = default;
  virtual void beginContact(Contact *c) { (void)c; }
  virtual void endContact(Contact &c) { (void)c; }
  virtual int weigh(const Contact &c, int w) { return c.id() + w; }
  /// Not a JS method (Impulse is not exported), nor implementable in JS.
  [[wasmport::skip]] virtual void postSolve(Contact *c, const Impulse *i) {
    (void)c, (void)i;
  }
};

/// Owns its contacts and reports them to the listener, as b2World does.
class [[wasmport::export]] Arena {
public:
  void setListener(ContactListener *L) { Current = L; }
  /// n contacts begin and end; a null begin first. The result is the sum of
  /// the listener's weights.
  int collide(int n) {
    int Sum = 0;
    if (!Current)
      return 0;
    Current->beginContact(nullptr);
    for (int I = 0; I != n; ++I) {
      Contact C(I + 1);
      Current->beginContact(&C);
      Sum += Current->weigh(C, 10);
      Impulse Imp{{0, 0}};
      Current->postSolve(&C, &Imp);
      Current->endContact(C);
      LastTouches += C.touches();
    }
    return Sum;
  }
  /// How often the listener touched the last contacts.
  int touched() const { return LastTouches; }

private:
  ContactListener *Current = nullptr;
  int LastTouches = 0;
};

/// An import receives exported objects the same way: lent for the call.
[[wasmport::import("subclassesHost.inspect")]] int inspect(const Contact *c, Contact &d);
[[wasmport::export]] int inspectBoth(int a, int b, bool null) {
  Contact C(a), D(b);
  return inspect(null ? nullptr : &C, D) + D.touches() * 1000;
}
