// An exported class deriving from an exported class extends it in JS, where
// an object of the subclass is passed as a pointer to the base: the base
// must sit at offset 0, and there can be only one exported base.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

class [[wasmport::export]] Animal {
public:
  virtual ~Animal();
};
class [[wasmport::export]] Named {
public:
  virtual ~Named();
};
class [[wasmport::export]] Dog : public Animal, public Named {}; // expected-error {{exported class 'Dog' derives from two exported classes, 'Animal' and 'Named'; a JavaScript class extends only one}}
// expected-note@-1 {{stop exporting one of them, or inherit from one through a class that is not exported}}
// CHECK: diag-inheritance.cpp:[[@LINE-2]]:49:{[[@LINE-2]]:49-[[@LINE-2]]:61}: error: exported class 'Dog' derives from two exported classes
// CHECK-NEXT: diag-inheritance.cpp:[[@LINE-3]]:34: note: stop exporting one of them

// A polymorphic class puts its vtable pointer first, before a base without
// one.
struct [[wasmport::export]] Point { int x = 0; };
struct [[wasmport::export]] Particle : Point { // expected-error {{exported class 'Particle' cannot extend 'Point' in JavaScript: its 'Point' part is not at the start of the object, so a pointer to 'Particle' is not a pointer to 'Point'}}
  // expected-note@-1 {{give 'Point' a virtual destructor, so that 'Point' holds the vtable pointer as 'Particle' does}}
  // CHECK: diag-inheritance.cpp:[[@LINE-2]]:40:{[[@LINE-2]]:40-[[@LINE-2]]:45}: error: exported class 'Particle' cannot extend 'Point'
  // CHECK-NEXT: diag-inheritance.cpp:[[@LINE-3]]:40: note: give 'Point' a virtual destructor
  virtual ~Particle();
};

struct Tag { int id = 0; };
struct [[wasmport::export]] Tagged : Tag, Point {}; // expected-error {{exported class 'Tagged' cannot extend 'Point' in JavaScript: its 'Point' part is not at the start of the object}}
// expected-note@-1 {{list 'Point' first among the base classes of 'Tagged'}}

struct [[wasmport::export]] Shared : virtual Animal {}; // expected-error {{exported class 'Shared' cannot extend 'Animal' in JavaScript: 'Animal' is a virtual base}}
// expected-note@-1 {{inherit from 'Animal' without 'virtual'}}

// Objects JS holds as a base may be deleted as one.
struct [[wasmport::export]] Base { int b = 0; }; // expected-warning {{exported class 'Base' has an exported subclass but no virtual destructor: an object JavaScript holds as a 'Base' is destroyed as a 'Base', wrong for a 'Derived' returned typed as 'Base'; declare 'virtual ~Base()'}}
// CHECK: diag-inheritance.cpp:[[@LINE-1]]:29: warning: exported class 'Base' has an exported subclass but no virtual destructor
// CHECK-NEXT: diag-inheritance.cpp:[[@LINE+1]]:29: note: exported subclass 'Derived' is declared here
struct [[wasmport::export]] Derived : Base {}; // expected-note {{exported subclass 'Derived' is declared here}}
struct [[wasmport::export]] AlsoDerived : Base {}; // Warned once per base.

// Accepted: a base reached through a class that is not exported, a second
// base that is not exported, private bases (no JS base at all).
struct Middle : Animal {};
struct [[wasmport::export]] Cat : Middle {};
struct [[wasmport::export]] Labelled : Animal, Tag {};
struct [[wasmport::export]] Secret : private Point {};
