// An entity has one JavaScript name: declarations (or attributes on one
// declaration) that give it different names are an error at the second
// attribute, with a note at the first. The same attribute on every
// declaration is fine.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

[[wasmport::export("start")]] void run();
[[wasmport::export("go")]] void run(); // expected-error {{'run' is exported as 'go' here and as 'start' by another [[wasmport::export]]; give every declaration the same attribute}}
// expected-note@-2 {{previous attribute is here}}
// CHECK:      diag-conflicting-js-names.cpp:[[@LINE-2]]:3:{[[@LINE-2]]:3-[[@LINE-2]]:25}: error: 'run' is exported as 'go' here and as 'start'
// CHECK-NEXT: diag-conflicting-js-names.cpp:[[@LINE-4]]:3:{[[@LINE-4]]:3-[[@LINE-4]]:28}: note: previous attribute is here

// No name means the C++ name: a named attribute elsewhere conflicts with it,
// as two attributes on one declaration do (a macro adding one, say).
[[wasmport::export]] void stop();
[[wasmport::export("halt")]] void stop() {} // expected-error {{'stop' is exported as 'halt' here and as 'stop' by another [[wasmport::export]]}}
// expected-note@-2 {{previous attribute is here}}
#define EXPORTED [[wasmport::export]]
EXPORTED [[wasmport::export("pause")]] void wait(); // expected-error {{'wait' is exported as 'pause' here and as 'wait' by another [[wasmport::export]]}} expected-note {{previous attribute is here}}

class [[wasmport::export]] Point;
class [[wasmport::export("Vec2")]] Point {}; // expected-error {{'Point' is exported as 'Vec2' here and as 'Point' by another [[wasmport::export]]}}
// expected-note@-2 {{previous attribute is here}}

class [[wasmport::export]] Box {
public:
  [[wasmport::export("width")]] int w() const;
};
[[wasmport::export("breadth")]] int Box::w() const { return 0; } // expected-error {{'w' is exported as 'breadth' here and as 'width' by another [[wasmport::export]]}}
// expected-note@-3 {{previous attribute is here}}

enum class [[wasmport::export]] Color {
  Red [[wasmport::export("red")]] [[wasmport::export("crimson")]], // expected-error {{'Red' is exported as 'crimson' here and as 'red' by another [[wasmport::export]]}} expected-note {{previous attribute is here}}
};

// Accepted: the same attribute repeated, or written once.
[[wasmport::export("twice")]] int doubled(int);
[[wasmport::export("twice")]] int doubled(int x) { return 2 * x; }
class [[wasmport::export]] Line;
class Line {};
