// A parameter whose type cannot cross to JavaScript is an error with the caret
// on the parameter's type (the range covers the declarator), followed by a
// note listing what is supported. Every bad parameter is reported.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <list>
#include <string>
#include <vector>

class NotExported {};
union Number { int i; float f; };

[[wasmport::export]] void callback(void (*cb)(int)); // expected-error {{parameter 'cb' of 'callback' has type 'void (*)(int)', which wasmport cannot pass between C++ and JavaScript}} expected-note {{supported: void (results), bool, 8/16/32/64-bit integers, float, double, std::string, std::string_view, const char*, exported enums, [[wasmport::value]] structs, std::vector, std::optional, std::map, std::unordered_map, std::set and std::unordered_set of those (no views or pointers inside), std::span of numbers, exported classes by value, reference, pointer, std::unique_ptr or std::shared_ptr, wasmport::JsValue and imported classes, wasmport::Promise, std::function (parameters) and std::expected (results); aggregates and containers also by const reference (parameters)}}
// CHECK:      diag-unsupported-param-type.cpp:[[@LINE-1]]:36:{[[@LINE-1]]:36-[[@LINE-1]]:51}: error: parameter 'cb' of 'callback' has type 'void (*)(int)', which wasmport cannot pass between C++ and JavaScript
// CHECK-NEXT: diag-unsupported-param-type.cpp:[[@LINE-2]]:36: note: supported: void (results),

[[wasmport::export]] void number(Number n); // expected-error {{parameter 'n' of 'number' has type 'Number'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:34:{[[@LINE-1]]:34-[[@LINE-1]]:40}: error: parameter 'n' of 'number' has type 'Number'
[[wasmport::export]] void tagged(union Number n); // expected-error {{parameter 'n' of 'tagged' has type 'union Number'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:34:{[[@LINE-1]]:34-[[@LINE-1]]:46}: error: parameter 'n' of 'tagged'

[[wasmport::export]] void consume(std::string &&s); // expected-error {{parameter 's' of 'consume' has type 'std::string &&'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:35:{[[@LINE-1]]:35-[[@LINE-1]]:49}: error: parameter 's' of 'consume' has type 'std::string &&'

// A C array parameter is a pointer, whatever its declared bound. Clang's type
// ranges start after a leading 'const', so the caret is on 'int'.
[[wasmport::export]] int sum(const int values[4]); // expected-error {{parameter 'values' of 'sum' has type 'const int *'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:36:{[[@LINE-1]]:36-[[@LINE-1]]:49}: error: parameter 'values' of 'sum' has type 'const int *'
[[wasmport::export]] int sumRef(const int (&values)[4]); // expected-error {{parameter 'values' of 'sumRef' has type 'const int (&)[4]'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:39:{[[@LINE-1]]:39-[[@LINE-1]]:55}: error: parameter 'values' of 'sumRef' has type 'const int (&)[4]'

[[wasmport::export]] void lookup(std::list<int> table); // expected-error {{parameter 'table' of 'lookup' has type 'std::list<int>'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:34:{[[@LINE-1]]:34-[[@LINE-1]]:48}: error: parameter 'table' of 'lookup' has type 'std::list<int>'
[[wasmport::export]] void fill(std::vector<int *> values); // expected-error {{parameter 'values' of 'fill' has type 'std::vector<int *>'}} expected-note {{supported:}}

// Classes cross only when they are exported.
[[wasmport::export]] void inspect(NotExported *object); // expected-error {{parameter 'object' of 'inspect' has type 'NotExported *'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:35:{[[@LINE-1]]:35-[[@LINE-1]]:48}: error: parameter 'object' of 'inspect' has type 'NotExported *'
[[wasmport::export]] void inspectRef(const NotExported &object); // expected-error {{parameter 'object' of 'inspectRef' has type 'const NotExported &'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:44:{[[@LINE-1]]:44-[[@LINE-1]]:57}: error: parameter 'object' of 'inspectRef'
[[wasmport::export]] void inspectValue(NotExported object); // expected-error {{parameter 'object' of 'inspectValue' has type 'NotExported'}} expected-note {{supported:}}

// Changes to a mutable std::string& would not flow back to JavaScript.
[[wasmport::export]] void append(std::string &out); // expected-error {{parameter 'out' of 'append' has type 'std::string &'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:34:{[[@LINE-1]]:34-[[@LINE-1]]:47}: error: parameter 'out' of 'append' has type 'std::string &'

[[wasmport::export]] void precise(long double x); // expected-error {{parameter 'x' of 'precise' has type 'long double'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:35:{[[@LINE-1]]:35-[[@LINE-1]]:46}: error: parameter 'x' of 'precise' has type 'long double'
[[wasmport::export]] void wide(__int128 x); // expected-error {{parameter 'x' of 'wide' has type '__int128'}} expected-note {{supported:}}
// CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:32:{[[@LINE-1]]:32-[[@LINE-1]]:40}: error: parameter 'x' of 'wide' has type '__int128'
[[wasmport::export]] void uwide(unsigned __int128 x); // expected-error {{parameter 'x' of 'uwide' has type 'unsigned __int128'}} expected-note {{supported:}}

[[wasmport::export]] void raw(void *p); // expected-error {{parameter 'p' of 'raw' has type 'void *'}} expected-note {{supported:}}
[[wasmport::export]] void mutableChars(char *p); // expected-error {{parameter 'p' of 'mutableChars' has type 'char *'}} expected-note {{supported:}}
[[wasmport::export]] void pointerToInt(int *p); // expected-error {{parameter 'p' of 'pointerToInt' has type 'int *'}} expected-note {{supported:}}
[[wasmport::export]] void refToInt(int &p); // expected-error {{parameter 'p' of 'refToInt' has type 'int &'}} expected-note {{supported:}}
[[wasmport::export]] void nullptrParam(decltype(nullptr) p); // expected-error {{parameter 'p' of 'nullptrParam' has type 'decltype(nullptr)'}} expected-note {{supported:}}

// Every bad parameter is reported, not only the first; the good one is not.
[[wasmport::export]] void several(long double a, int ok, Number b); // expected-error {{parameter 'a' of 'several'}} expected-error {{parameter 'b' of 'several'}} expected-note 2 {{supported:}}
// CHECK:     diag-unsupported-param-type.cpp:[[@LINE-1]]:35:{{.*}} error: parameter 'a' of 'several'
// CHECK-NOT: parameter 'ok'
// CHECK:     diag-unsupported-param-type.cpp:[[@LINE-3]]:58:{{.*}} error: parameter 'b' of 'several'

// Constructors, methods and statics of exported classes are checked the same
// way.
class [[wasmport::export]] Widget {
public:
  Widget(NotExported *parent); // expected-error {{parameter 'parent' of 'Widget' has type 'NotExported *'}} expected-note {{supported:}}
  // CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:10:{{.*}} error: parameter 'parent' of 'Widget'
  void resize(long double factor); // expected-error {{parameter 'factor' of 'resize' has type 'long double'}} expected-note {{supported:}}
  // CHECK: diag-unsupported-param-type.cpp:[[@LINE-1]]:15:{{.*}} error: parameter 'factor' of 'resize'
  static void registerAll(void (*each)(Widget &)); // expected-error {{parameter 'each' of 'registerAll' has type 'void (*)(Widget &)'}} expected-note {{supported:}}
};

// An unnamed parameter is named by its position.
[[wasmport::export]] void unnamed(int, long double); // expected-error {{parameter #2 of 'unnamed' has type 'long double'}} expected-note {{supported:}}
