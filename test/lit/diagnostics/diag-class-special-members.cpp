// JavaScript copies or moves the objects of exported classes where a
// signature asks for it.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

// A class whose destructor is not public is one C++ owns: exported, but JS
// neither constructs nor frees it (test/lit/foreign/foreign-cpp-owned-diag.cpp).
class [[wasmport::export]] Immortal {
public:
  ~Immortal() = delete;
};

class [[wasmport::export]] Unique {
public:
  Unique();
  Unique(const Unique &) = delete;
  Unique(Unique &&) = default;
};
// By value a parameter is a copy of the JS object's C++ object.
[[wasmport::export]] void consume(Unique u); // expected-error {{'u' is passed by value, which copies it, but it has no public copy constructor; pass it by reference instead}}
// CHECK-DAG: diag-class-special-members.cpp:[[@LINE-1]]:35:{[[@LINE-1]]:35-[[@LINE-1]]:41}: error: 'u' is passed by value, which copies it
// Moving out works for results; references work for parameters.
[[wasmport::export]] Unique make();
[[wasmport::export]] void borrow(Unique &u);
[[wasmport::export]] void peek(const Unique *u);

class [[wasmport::export]] Pinned {
public:
  Pinned();
  Pinned(const Pinned &) = delete;
  Pinned(Pinned &&) = delete;
  static Pinned create(); // expected-error {{'Pinned' is returned by value, which moves it into a new JavaScript object, but it has no public move or copy constructor}}
  // CHECK-DAG: diag-class-special-members.cpp:[[@LINE-1]]:10:{[[@LINE-1]]:10-[[@LINE-1]]:16}: error: 'Pinned' is returned by value, which moves it into a new JavaScript object
  void use(Pinned &other);
};
[[wasmport::export]] auto pinned() -> Pinned; // expected-error {{'Pinned' is returned by value}}
// CHECK-DAG: diag-class-special-members.cpp:[[@LINE-1]]:39:{[[@LINE-1]]:39-[[@LINE-1]]:45}: error: 'Pinned' is returned by value

class [[wasmport::export]] CopyOnly {
public:
  CopyOnly();
  CopyOnly(const CopyOnly &);
  // No move constructor declared: returning copies, which is fine.
  static CopyOnly make();
};

class [[wasmport::export]] PrivateCopy {
public:
  PrivateCopy();
  PrivateCopy(PrivateCopy &&);
private:
  PrivateCopy(const PrivateCopy &);
};
[[wasmport::export]] void takeCopy(PrivateCopy p); // expected-error {{'p' is passed by value, which copies it, but it has no public copy constructor}}

// A constructor is the JS class's constructor: it has no name of its own.
class [[wasmport::export]] Named {
public:
  [[wasmport::export("make")]] Named(); // expected-error {{'Named' cannot be exported: a constructor becomes the JavaScript class's constructor and takes no name}}
};
// CHECK-DAG: diag-class-special-members.cpp:[[@LINE-2]]:5: error: 'Named' cannot be exported
