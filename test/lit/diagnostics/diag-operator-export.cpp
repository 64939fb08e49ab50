// Operators and conversions have no JavaScript name. Exporting one without a
// name is an error; in an exported class they are left out unless named.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s
// RUN: %wasmport_cxx -c -DONLY_VALID %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --check-prefix=MANIFEST --input-file=%t.json

class [[wasmport::export]] Vec {
public:
  Vec() = default;
  Vec operator+(const Vec &other) const;
  bool operator==(const Vec &other) const;
  explicit operator bool() const;
  [[wasmport::export("plus")]] Vec operator-(const Vec &other) const;
  [[wasmport::export("isZero")]] bool operator!() const;
  double length() const;
};

#ifndef ONLY_VALID
[[wasmport::export]] Vec operator*(const Vec &v, double k); // expected-error {{'operator*' has no JavaScript name; give it one with [[wasmport::export("name")]]}}
// CHECK: diag-operator-export.cpp:[[@LINE-1]]:26: error: 'operator*' has no JavaScript name
#endif
[[wasmport::export("scale")]] Vec operator/(const Vec &v, double k);

// In an exported namespace, operators are skipped like templates.
namespace [[wasmport::export]] math {
struct Mat { double m = 0; };
Mat operator*(const Mat &a, const Mat &b);
double det(const Mat &a);
}

// MANIFEST:      "js": "Vec",
// MANIFEST-NEXT: "loc":
// MANIFEST:      "methods": [
// MANIFEST:          "cpp": "operator-",
// MANIFEST-NEXT:     "js": "plus",
// MANIFEST:          "cpp": "operator!",
// MANIFEST-NEXT:     "js": "isZero",
// MANIFEST:          "cpp": "length",
// MANIFEST-NEXT:     "js": "length",
// MANIFEST:      "js": "Mat",
// MANIFEST:      "functions": [
// MANIFEST:          "cpp": "::operator/",
// MANIFEST-NEXT:     "js": "scale",
// MANIFEST:          "cpp": "::math::det",
// MANIFEST-NEXT:     "js": "det",
// MANIFEST-NOT:      "cpp": "::math::operator*"
// MANIFEST:      "imports": []
