// [[wasmport::export]] on a namespace exports every function and class in it,
// nested namespaces included, under their unqualified names. skip, import and
// start keep their own meaning; templates, operators and deleted functions are
// left out (an operator== of a class is the class's equals method).
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

namespace [[wasmport::export]] geometry {
class Circle {
public:
  explicit Circle(double r) : r(r) {}
  double area() const { return 3.0 * r * r; }
private:
  double r;
};
struct Point { double x = 0, y = 0; };
double distance(const Point &a, const Point &b) { return a.x - b.x + a.y - b.y; }
[[wasmport::export("unitCircle")]] Circle unit() { return Circle(1); }
[[wasmport::skip]] double internal() { return 0; }
[[wasmport::import("Math.hypot")]] double hypot2(double a, double b);
template <typename T> T twice(T t) { return t + t; }
inline bool operator==(const Point &a, const Point &b) { return a.x == b.x && a.y == b.y; }
void removed() = delete;
namespace detail {
int depth() { return 1; }
}
union Raw { int i; float f; };
class Forward;
}

// Reopening the namespace without the attribute adds nothing.
namespace geometry {
double perimeter(const Circle &c) { return 0; }
}

// Anonymous and inline namespaces are looked through for C++ names.
namespace [[wasmport::export]] {
int anonymous() { return 0; }
}
inline namespace [[wasmport::export]] v1 {
int versioned() { return 1; }
}

// CHECK:      "classes": [
// CHECK:          "cpp": "::geometry::Circle",
// CHECK:          "delete": "__wasmport_delete_6Circle",
// CHECK-NEXT:     "js": "Circle",
// CHECK:          "cpp": "::geometry::Point",
// CHECK:          "delete": "__wasmport_delete_5Point",
// CHECK-NEXT:     "js": "Point",
// CHECK-NOT:      "cpp": "::geometry::Raw"
// CHECK-NOT:      "cpp": "::geometry::Forward"
// CHECK:      "functions": [
// CHECK:          "cpp": "::geometry::distance",
// CHECK-NEXT:     "js": "distance",
// CHECK:          "cpp": "::geometry::unit",
// CHECK-NEXT:     "js": "unitCircle",
// CHECK:          "symbol": "__wasmport_fn_10unitCircle"
// CHECK:          "cpp": "::geometry::detail::depth",
// CHECK-NEXT:     "js": "depth",
// CHECK:          "cpp": "::anonymous",
// CHECK-NEXT:     "js": "anonymous",
// CHECK:          "cpp": "::versioned",
// CHECK-NEXT:     "js": "versioned",
// CHECK:      "imports": [
// CHECK:          "cpp": "geometry::hypot2",
// CHECK-NEXT:     "form": "path",
// CHECK:          "name": "Math.hypot",
// CHECK:      "starts": []

// RUN: %FileCheck %s --check-prefix=ABSENT --input-file=%t.json
// RUN: %FileCheck %s --check-prefix=EQUALS --input-file=%t.json
// EQUALS:      "cpp": "operator==",
// EQUALS-NEXT: "js": "equals",
// EQUALS-NEXT: "kind": "method",
// ABSENT-NOT: internal
// ABSENT-NOT: twice
// ABSENT-NOT: "js": "operator
// ABSENT-NOT: removed
// ABSENT-NOT: perimeter
