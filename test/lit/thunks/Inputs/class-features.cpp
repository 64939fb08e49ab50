// Class features: data members and accessor methods as properties, a class
// extending another, overloads under distinct names, doc comments.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>
#include <string_view>

/// A shape with a name.
///
/// Shapes are compared by \c area.
class [[wasmport::export]] Shape {
public:
  virtual ~Shape() = default;
  /// The area, in square units.
  /// \returns a non-negative number
  virtual double area() const { return 0; }
  /// Its name; assignable.
  std::string name;
  /// Fixed at construction.
  const int32_t sides = 0;
  std::string_view kind = "shape";
  [[wasmport::skip]] int32_t hidden = 0;

  /// Visible from JS as `label`; the comment holds */, "quotes", ${x},
  /// a \\ backslash and ünïcödé: none of it can break the output.
  [[wasmport::getter("label")]] std::string getLabel() const { return "<" + name + ">"; }
  [[wasmport::setter("label")]] void setLabel(std::string_view L) { name = L; }

protected:
  explicit Shape(int32_t Sides) : sides(Sides) {}
};

class [[wasmport::export]] Square : public Shape {
public:
  /// Makes a square.
  /// \param side the length of a side
  explicit Square(double side) : Shape(4), side_(side) {}
  double area() const override { return side_ * side_; }
  [[wasmport::getter]] double side() const { return side_; }
  [[wasmport::setter]] Square &setSide(double S) { side_ = S; return *this; }
  [[wasmport::export("fromString")]] static Square make(std::string_view Side) { return Square(std::stod(std::string(Side))); }
  [[wasmport::export("fromNumber")]] static Square make(double Side) { return Square(Side); }

private:
  double side_;
};

/// Sums the areas.
/// @param a the first shape
/// @param b the second
[[wasmport::export]] double total_area(const Shape &a, const Shape *b) {
  return a.area() + (b ? b->area() : 0);
}
