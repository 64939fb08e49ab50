// [[wasmport::getter]] and [[wasmport::setter]] make methods of an exported
// class accessor properties: a getter takes nothing and returns a value, a
// setter takes one value, each property has one getter and at most one
// setter, and a property's name is not shared with another member.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

class [[wasmport::export]] Temperature {
public:
  [[wasmport::getter]] double celsius(int unit) const; // expected-error {{a [[wasmport::getter]] must take no parameters and return a value}}
  // CHECK: diag-accessor.cpp:[[@LINE-1]]:5:{[[@LINE-1]]:5-[[@LINE-1]]:21}: error: a {{\[\[}}wasmport::getter{{\]\]}} must take no parameters
  [[wasmport::getter]] void kelvin() const; // expected-error {{a [[wasmport::getter]] must take no parameters and return a value}}
  [[wasmport::setter]] void setCelsius(); // expected-error {{a [[wasmport::setter]] must take exactly one parameter}}
  [[wasmport::setter]] void setKelvin(double a, double b); // expected-error {{a [[wasmport::setter]] must take exactly one parameter}}
  [[wasmport::getter]] static double zero(); // expected-error {{[[wasmport::getter]] applies to non-static member functions; export a static member function as a static method instead}}

  [[wasmport::getter]] double fahrenheit() const;
  [[wasmport::getter("fahrenheit")]] double getF() const; // expected-error {{property 'fahrenheit' of 'Temperature' has two getters}}
  // expected-note@-2 {{'fahrenheit' is also exported here}}
  // CHECK: diag-accessor.cpp:[[@LINE-2]]:5:{[[@LINE-2]]:5-[[@LINE-2]]:35}: error: property 'fahrenheit' of 'Temperature' has two getters
  // CHECK-NEXT: diag-accessor.cpp:[[@LINE-4]]:31: note: 'fahrenheit' is also exported here

  [[wasmport::setter]] void setRankine(double); // expected-error {{property 'rankine' of 'Temperature' has a setter but no getter; add a [[wasmport::getter("rankine")]] (JavaScript would read undefined)}}
  [[wasmport::getter]] [[wasmport::setter]] double both() const; // expected-error {{'wasmport::setter' cannot be combined with 'wasmport::getter'}}
  // CHECK: diag-accessor.cpp:[[@LINE-1]]:26:{[[@LINE-1]]:26-[[@LINE-1]]:42}: error: 'wasmport::setter' cannot be combined with 'wasmport::getter'
  [[wasmport::export("x")]] [[wasmport::getter]] double ex() const; // expected-error {{a JavaScript name in 'wasmport::export' cannot be combined with 'wasmport::getter'}}

  // A property's name is taken like a method's.
  [[wasmport::getter("reading")]] double read() const;
  double reading() const; // expected-error {{'reading' names two different members of JavaScript class 'Temperature'; rename one with [[wasmport::export("name")]] or [[wasmport::skip]] it}}
  // expected-note@-2 {{'reading' is also exported here}}
  // CHECK: diag-accessor.cpp:[[@LINE-2]]:10: error: 'reading' names two different members
  // CHECK-NEXT: diag-accessor.cpp:[[@LINE-4]]:42: note: 'reading' is also exported here
  double scale;
  [[wasmport::getter("scale")]] double getScale() const; // expected-error {{'scale' names two different members of JavaScript class 'Temperature'}}
  // expected-note@-2 {{'scale' is also exported here}}
  [[wasmport::getter]] double level() const;
  void level(double, double); // expected-error {{'level' names two different members of JavaScript class 'Temperature'}}
  // expected-note@-2 {{'level' is also exported here}}
  [[wasmport::getter("free")]] double f() const; // expected-error {{'free' cannot name a member of a JavaScript class}}
  [[wasmport::getter]] Temperature(); // expected-error {{'Temperature' cannot be exported: a constructor cannot be a property accessor}}

  // Accepted: default names strip `get`/`set`; a setter may return anything
  // (JS ignores it) and take any parameter type.
  [[wasmport::getter]] int get_unit() const;
  [[wasmport::setter]] Temperature &set_unit(const char *u);
  [[wasmport::getter]] int getMode() const;
  [[wasmport::setter]] void setMode(int);
  [[wasmport::getter]] int offset() const;
  [[wasmport::setter]] void offset(int);
  [[wasmport::getter]] int settings() const; // Not `set` + a capital.
  [[wasmport::getter]] double precision() const;
  [[wasmport::skip]] [[wasmport::setter]] void setPrecision();
  // A static method may share a property's name.
  static int mode();
};

class Plain {
public:
  [[wasmport::getter]] int value() const; // expected-error {{'wasmport::getter' applies to members of a class marked [[wasmport::export]]; export the class}}
  [[wasmport::setter]] void setValue(int); // expected-error {{'wasmport::setter' applies to members of a class marked [[wasmport::export]]}}
};

[[wasmport::getter]] int global(); // expected-error {{'getter' attribute only applies to member functions}}
