// JS subclasses (docs/Subclasses.md): an interface, a class with C++
// implementations and a constructor, and a function holding a reference.
#include <wasmport/wasmport.h>

#include <string>

class [[wasmport::export]] Listener {
public:
  virtual ~Listener() = default;
  virtual int onHit(int damage) = 0;
  virtual std::string name() const { return "listener"; }
};

class [[wasmport::export]] Shape {
public:
  explicit Shape(double scale) : Scale(scale) {}
  virtual ~Shape() = default;
  virtual double area() const noexcept { return 0; }

protected:
  virtual void paint(const std::string &color) = 0;

private:
  double Scale;
};

[[wasmport::export]] int hit(Listener &L, int damage) { return L.onHit(damage); }

// Exported classes passed to JS overrides by pointer and by reference.
class [[wasmport::export]] Contact {
public:
  int id() const { return 1; }
};

class [[wasmport::export]] ContactListener {
public:
  virtual ~ContactListener() = default;
  virtual void beginContact(Contact *c) {}
  virtual int weigh(const Contact &c, int w) { return w; }
};
