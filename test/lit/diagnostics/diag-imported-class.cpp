// A class marked [[wasmport::import]] is a wasmport::JsValue and nothing
// more: one public base (JsValue or another imported class), no data
// members, no constructors of its own (a static factory marked
// [[wasmport::constructor]] calls `new`), no virtual functions. Its members
// declared without a body are imports, checked like imported functions.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <wasmport/wasmport.h>

#include <string>

using wasmport::JsValue;

class [[wasmport::import("Date")]] NoBase {}; // expected-error {{imported class 'NoBase' must derive publicly from 'wasmport::JsValue' or from one other imported class, and from nothing else: the JsValue holds the JavaScript object}}
// CHECK: diag-imported-class.cpp:[[@LINE-1]]:36:{[[@LINE-1]]:36-[[@LINE-1]]:42}: error: imported class 'NoBase' must derive publicly
class [[wasmport::import("Date")]] PrivateBase : JsValue {}; // expected-error {{imported class 'PrivateBase' must derive publicly from 'wasmport::JsValue'}}
// CHECK-NEXT: diag-imported-class.cpp:[[@LINE-1]]:50:{[[@LINE-1]]:50-[[@LINE-1]]:57}: error: imported class 'PrivateBase' must derive
struct Mixin {};
class [[wasmport::import("Date")]] TwoBases : public JsValue, public Mixin {}; // expected-error {{imported class 'TwoBases' must derive publicly from 'wasmport::JsValue'}}
class [[wasmport::import("Date")]] VirtualBase : public virtual JsValue {}; // expected-error {{imported class 'VirtualBase' must derive publicly from 'wasmport::JsValue'}}
class [[wasmport::import("Date")]] OtherBase : public Mixin {}; // expected-error {{imported class 'OtherBase' must derive publicly from 'wasmport::JsValue'}}

class [[wasmport::import("Widget")]] Stateful : public JsValue {
  int cached = 0; // expected-error {{imported class 'Stateful' cannot have data members: the JavaScript object it holds is its only state}}
  // CHECK: diag-imported-class.cpp:[[@LINE-1]]:7: error: imported class 'Stateful' cannot have data members
public:
  static int instances; // Static data members are allowed.
};

class [[wasmport::import("Widget")]] Constructed : public JsValue {
public:
  Constructed(double ms); // expected-error {{imported class 'Constructed' cannot declare constructors; declare a static member function marked [[wasmport::constructor]] that returns 'Constructed' (it calls 'new' in JavaScript)}}
  // CHECK: diag-imported-class.cpp:[[@LINE-1]]:3: error: imported class 'Constructed' cannot declare constructors
  Constructed() = default; // Defaulted ones change nothing.
  Constructed(const Constructed &) = default;
};

class [[wasmport::import("Widget")]] Virtual : public JsValue {
public:
  virtual double area() const; // expected-error {{imported class 'Virtual' cannot have virtual functions: its objects are a wasmport::JsValue and nothing more}}
  virtual ~Virtual(); // expected-error {{imported class 'Virtual' cannot have virtual functions}}
};

class [[wasmport::import("Widget")]] Factories : public JsValue {
public:
  [[wasmport::constructor]] Factories make(); // expected-error {{a [[wasmport::constructor]] must be a static member function returning 'Factories' by value}}
  // CHECK: diag-imported-class.cpp:[[@LINE-1]]:5:{[[@LINE-1]]:5-[[@LINE-1]]:26}: error: a {{\[\[}}wasmport::constructor{{\]\]}} must be a static member function
  [[wasmport::constructor]] static double makeNumber(); // expected-error {{a [[wasmport::constructor]] must be a static member function returning 'Factories' by value}}
  [[wasmport::constructor]] static JsValue makeAny(); // expected-error {{must be a static member function returning 'Factories' by value}}
  [[wasmport::constructor]] static const Factories makeConst(); // expected-error {{must be a static member function returning 'Factories' by value}}
  [[wasmport::constructor]] static Factories create(int size); // Fine.
};

class [[wasmport::import("Widget")]] Members : public JsValue {
public:
  // Member templates have no single signature.
  template <typename T> void put(T value); // expected-error {{'put' cannot be implemented in JavaScript: a member template has no single signature; declare one member function per signature}}
  // CHECK: diag-imported-class.cpp:[[@LINE-1]]:30: error: 'put' cannot be implemented in JavaScript: a member template
  template <typename T> void inlined(T) {} // Ordinary C++.
  void volatileOne() volatile; // expected-error {{'volatileOne' cannot be implemented in JavaScript: it is volatile or ref-qualified; remove the qualifier}}
  void refOne() &; // expected-error {{'refOne' cannot be implemented in JavaScript: it is volatile or ref-qualified; remove the qualifier}}
  bool operator==(const Members &other) const; // expected-error {{'operator==' cannot be implemented in JavaScript: it has no JavaScript name; name the member with [[wasmport::import("name")]]}}
  [[wasmport::import("equals")]] bool operator!=(const Members &other) const; // Named.
  explicit operator bool() const; // expected-error {{'operator bool' cannot be implemented in JavaScript: it has no JavaScript name}}

  [[wasmport::import("remove", "./m.js")]] void erase(); // expected-error {{'wasmport::import' on a member function takes one argument, the member's JavaScript name}}
  // CHECK: diag-imported-class.cpp:[[@LINE-1]]:5:{[[@LINE-1]]:5-[[@LINE-1]]:41}: error: 'wasmport::import' on a member function takes one argument
  [[wasmport::import("not-a-name")]] void dashed(); // expected-error {{'not-a-name' is not a valid JavaScript identifier; use letters, digits, '_' and '$', not starting with a digit}}
  [[wasmport::getter("1st")]] int first() const; // expected-error {{'1st' is not a valid JavaScript identifier}}

  // One role per member.
  [[wasmport::getter]] [[wasmport::setter]] int both(); // expected-error {{'wasmport::setter' cannot be combined with 'wasmport::getter'}}
  [[wasmport::constructor]] [[wasmport::getter]] static Members made(); // expected-error {{'wasmport::getter' cannot be combined with 'wasmport::constructor'}}
  [[wasmport::getter]] [[wasmport::import("width")]] int w() const; // expected-error {{'wasmport::import' cannot be combined with 'wasmport::getter'}}
  [[wasmport::constructor]] [[wasmport::import]] static Members plain(); // A bare import changes nothing.

  // Accessors: a getter takes nothing, a setter takes one value and returns
  // nothing (JavaScript's assignment gives no result to return).
  [[wasmport::getter]] int height(int unit) const; // expected-error {{a [[wasmport::getter]] must take no parameters and return a value}}
  [[wasmport::setter]] int setHeight(int value); // expected-error {{a [[wasmport::setter]] of an imported class must take exactly one parameter and return void}}
  [[wasmport::setter]] void setDepth(); // expected-error {{a [[wasmport::setter]] of an imported class must take exactly one parameter and return void}}
  [[wasmport::getter]] static int count(); // expected-error {{[[wasmport::getter]] applies to non-static member functions; export a static member function as a static method instead}}

  // Members with a body are C++; an attribute saying otherwise is an error.
  int twice() const { return 2; }
  [[wasmport::getter]] int depth() const { return 0; } // expected-error {{a function marked [[wasmport::import]] is implemented in JavaScript and must be declared without a body}}
  [[wasmport::import("later")]] void definedLater(); // expected-error {{a function marked [[wasmport::import]] is implemented in JavaScript and must be declared without a body}}

  // Types follow the import rules.
  void show(Members *other); // expected-error {{parameter 'other' of 'show' has type 'Members *', which wasmport cannot pass between C++ and JavaScript}} expected-note {{imports take}}
  Members &self(); // expected-error {{'self' returns 'Members &', which wasmport cannot pass between C++ and JavaScript}} expected-note {{imports take}}
  void variadic(int, ...); // expected-error {{variadic functions cannot cross to JavaScript; declare a fixed parameter list}}
};
void Members::definedLater() {}

// The class's own attribute is checked like an imported function's.
class [[wasmport::import("Intl..Collator")]] BadPath : public JsValue {}; // expected-error {{'' is not a valid JavaScript identifier}}
class [[wasmport::import("Counter", "./counter\".js")]] BadModule : public JsValue {}; // expected-error {{module specifier './counter".js' cannot be written into the generated JavaScript; it must be non-empty and hold no quotes, backslashes or line breaks}}
struct [[wasmport::value]] [[wasmport::import]] ValueToo : JsValue {}; // expected-error {{'wasmport::value' cannot be combined with 'wasmport::import'}}
class [[wasmport::export]] [[wasmport::import]] Exported : public JsValue {}; // expected-error {{'wasmport::import' cannot be combined with 'wasmport::export'}}
template <typename T>
class [[wasmport::import("Box")]] Box : public JsValue {}; // expected-error {{templates cannot be exported to JavaScript}} expected-note {{export a non-template function or class that uses the template instead}}
