// Class features: data members and [[wasmport::getter]]/[[wasmport::setter]]
// methods as properties, exported classes extending exported classes,
// overloads under distinct JS names, and doc comments.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>
#include <string_view>

static int32_t Alive = 0; // C++ objects of these classes alive

/// A counter with public state.
class [[wasmport::export]] Counter {
public:
  Counter() { ++Alive; }
  /// Starts at \p start.
  /// \param start the first value
  explicit Counter(int32_t start) : value(start) { ++Alive; }
  Counter(const Counter &O) : value(O.value), label(O.label), step_(O.step_) { ++Alive; }
  ~Counter() { --Alive; }

  /// The current value; assignable.
  int32_t value = 0;
  std::string label = "counter";
  const int32_t limit = 100;
  uint64_t big = 0;
  bool enabled = true;
  double ratio = 0.5;
  std::string_view kind = "plain";
  [[wasmport::skip]] int32_t hidden = 7;

  /// How much increment() adds.
  [[wasmport::getter]] int32_t step() const { return step_; }
  [[wasmport::setter]] void setStep(int32_t s) { step_ = s; }
  [[wasmport::getter("twice")]] int32_t doubled() const { return 2 * value; }
  void increment() { value += step_; }

  /// Overloads need distinct JS names.
  [[wasmport::export("addInt")]] void add(int32_t n) { value += n; }
  [[wasmport::export("addText")]] void add(std::string_view n) { value += std::stoi(std::string(n)); }
  [[wasmport::export("fromString")]] static Counter from(std::string_view s) { return Counter(std::stoi(std::string(s))); }
  [[wasmport::export("fromNumber")]] static Counter from(double d) { return Counter(static_cast<int32_t>(d)); }
  static int32_t alive() { return Alive; }

private:
  int32_t step_ = 1;
};

/// A shape; subclasses compute the area.
class [[wasmport::export]] Shape {
public:
  virtual ~Shape() { --Alive; }
  virtual double area() const { return 0; }
  std::string describe() const { return name + " of area " + std::to_string(static_cast<int>(area())); }
  std::string name = "shape";
  [[wasmport::getter]] int32_t sides() const { return sides_; }

protected:
  explicit Shape(int32_t Sides) : sides_(Sides) { ++Alive; }
  Shape(const Shape &O) : name(O.name), sides_(O.sides_) { ++Alive; }

private:
  int32_t sides_;
};

class [[wasmport::export]] Rect : public Shape {
public:
  Rect(double w, double h) : Shape(4), w(w), h(h) { name = "rect"; }
  double area() const override { return w * h; }
  double w, h;
};

class [[wasmport::export]] Square : public Rect {
public:
  explicit Square(double side) : Rect(side, side) { name = "square"; }
  [[wasmport::getter]] double side() const { return w; }
  [[wasmport::setter]] Square &setSide(double s) { w = h = s; return *this; }
  static Square unit() { return Square(1); }
};

[[wasmport::export]] double area_of(const Shape &s) { return s.area(); }
[[wasmport::export]] double area_or(const Shape *s, double fallback) { return s ? s->area() : fallback; }
[[wasmport::export]] void grow(Rect &r, double by) { r.w += by; r.h += by; }
[[wasmport::export]] int32_t alive_objects() { return Alive; }

/// Parses a number.
[[wasmport::export("parseInt32")]] int32_t parse(std::string_view s) { return std::stoi(std::string(s)); }
[[wasmport::export("parseFloat64")]] double parse(double d) { return d; }
