// Templates have no single signature to bind: exporting one is an error at the
// attribute, with a note at the template suggesting a non-template wrapper.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

template <typename T>
[[wasmport::export]] T identity(T value) { return value; } // expected-error {{templates cannot be exported to JavaScript}} expected-note {{export a non-template function or class that uses the template instead}}
// CHECK:      diag-template-export.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:19}: error: templates cannot be exported to JavaScript
// CHECK-NEXT: diag-template-export.cpp:[[@LINE-2]]:24: note: export a non-template function or class that uses the template instead

template <typename T> class [[wasmport::export]] Box { // expected-error {{templates cannot be exported to JavaScript}} expected-note {{export a non-template}}
public:
  T value;
};
// CHECK:      diag-template-export.cpp:[[@LINE-4]]:31:{{.*}} error: templates cannot be exported to JavaScript
// CHECK-NEXT: diag-template-export.cpp:[[@LINE-5]]:50: note: export a non-template

// A member template of an exported class.
class [[wasmport::export]] Registry {
public:
  template <typename T> [[wasmport::export]] T get(T fallback) { return fallback; } // expected-error {{templates cannot be exported to JavaScript}} expected-note {{export a non-template}}
  // Member templates without the attribute are left out silently.
  template <typename T> void put(T value) {}
};

// An explicit specialization of a class template is a template too.
template <> class [[wasmport::export]] Box<double> { // expected-error {{templates cannot be exported to JavaScript}} expected-note {{export a non-template}}
public:
  double value;
};

// Instantiating the templates does not export anything either, nor repeat
// the errors.
Box<int> intBox;
int one = identity(1);

// The fix the note suggests.
[[wasmport::export]] int identityInt(int value) { return identity(value); }
