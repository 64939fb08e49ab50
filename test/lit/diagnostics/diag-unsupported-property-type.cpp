// Public data members of an exported class are JS properties: a member whose
// type cannot cross is an error at its type, unless it is skipped. Private
// members and static data members are not exported.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

struct Plain { int x; };

class [[wasmport::export]] Counter {
public:
  int *ptr; // expected-error {{data member 'ptr' has type 'int *', which wasmport cannot pass between C++ and JavaScript; mark it [[wasmport::skip]]}}
  // expected-note@-1 {{supported: void (results), bool}}
  // CHECK: diag-unsupported-property-type.cpp:[[@LINE-2]]:3:{[[@LINE-2]]:3-[[@LINE-2]]:8}: error: data member 'ptr' has type 'int *'
  // CHECK-NEXT: diag-unsupported-property-type.cpp:[[@LINE-3]]:3: note: supported:
  int arr[3]; // expected-error {{data member 'arr' has type 'int[3]'}}
  // expected-note@-1 {{supported:}}
  const Plain plain; // expected-error {{data member 'plain' has type 'const Plain'}}
  // expected-note@-1 {{supported:}}
  // The caret is on the type, after its qualifiers.
  // CHECK: diag-unsupported-property-type.cpp:[[@LINE-3]]:9:{[[@LINE-3]]:9-[[@LINE-3]]:14}: error: data member 'plain'
  Counter **next; // expected-error {{data member 'next' has type 'Counter **'}}
  // expected-note@-1 {{supported:}}
  int free; // expected-error {{'free' cannot name a member of a JavaScript class}}
  // CHECK: diag-unsupported-property-type.cpp:[[@LINE-1]]:7: error: 'free' cannot name a member

  // Accepted: skipped, static, unnamed, or not public.
  [[wasmport::skip]] Plain skipped;
  static Plain instances;
  int : 4;
  union { int a; float b; };
  int value = 0;

private:
  Plain hidden;
};

// A member of an exported class type: JS reads a copy and assigns a copy.
class [[wasmport::export]] NoCopy {
public:
  NoCopy();
  NoCopy(const NoCopy &) = delete;
  NoCopy(NoCopy &&);
};
class [[wasmport::export]] NoAssign {
public:
  NoAssign();
  NoAssign &operator=(const NoAssign &) = delete;
};
class [[wasmport::export]] Holder {
public:
  NoCopy a; // expected-error {{data member 'a' has class type 'NoCopy', which needs a public copy constructor (JavaScript reads a copy); mark it [[wasmport::skip]]}}
  // CHECK: diag-unsupported-property-type.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:9}: error: data member 'a' has class type 'NoCopy'
  NoAssign b; // expected-error {{data member 'b' has class type 'NoAssign', which needs a public copy assignment operator (JavaScript assigns a copy); mark it [[wasmport::skip]]}}
  const NoAssign c; // A const member is read-only: it is never assigned.
  NoAssign d() const;
};
