// Classes C++ owns (a destructor that is not public) are exported; what
// would make JS own one of them (by value, in a std::unique_ptr, also inside
// a vector or an optional) is an error for own code and a member left out,
// with the class's warning, for a foreign class.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

#include <memory>
#include <optional>
#include <vector>

class [[wasmport::export]] Immortal {
public:
  ~Immortal() = delete;
  int id() const { return 1; }
};

class [[wasmport::export]] Guarded {
  ~Guarded();
public:
  Guarded(); // Public, but JS could not free what it constructed.
};

// A member whose destructor is deleted deletes the implicit one.
struct NoDestroy { ~NoDestroy() = delete; };
struct [[wasmport::export]] Holder {
  [[wasmport::skip]] NoDestroy inner;
};

[[wasmport::export]] Guarded *find(int id);
[[wasmport::export]] const Guarded &first();
[[wasmport::export]] void use(Guarded &g, Immortal *i);

[[wasmport::export]] Guarded copy(); // expected-error {{the result holds 'Guarded' by value, but C++ owns 'Guarded' objects (its destructor is not public): they cross only as pointers or references}}
// CHECK-DAG: foreign-cpp-owned-diag.cpp:[[@LINE-1]]:22: error: the result holds 'Guarded' by value
[[wasmport::export]] std::unique_ptr<Guarded> make(); // expected-error {{the result holds 'Guarded' in a std::unique_ptr, but C++ owns 'Guarded' objects}}
[[wasmport::export]] void take(std::unique_ptr<Guarded> g); // expected-error {{'g' holds 'Guarded' in a std::unique_ptr, but C++ owns}}
// CHECK-DAG: foreign-cpp-owned-diag.cpp:[[@LINE-1]]:32: error: 'g' holds 'Guarded' in a std::unique_ptr
[[wasmport::export]] std::vector<Immortal> all(); // expected-error {{the result holds 'Immortal' by value, but C++ owns 'Immortal' objects}}

// Owner's implicit destructor is deleted with Guarded's: C++ owns it too.
struct [[wasmport::export]] Owner {
  Guarded spare; // expected-error {{data member 'spare' holds 'Guarded' by value, but C++ owns 'Guarded' objects}}
  std::optional<Immortal> maybe() const; // expected-error {{the result holds 'Immortal' by value}}
};

namespace lib {
class body { // expected-warning-re {{foreign class 'body': members left out of JavaScript: 'clone' (result type '{{(lib::)?}}body', but C++ owns body objects: they cross only as pointers or references); 'adopt' (parameter 'other' has type 'std::unique_ptr<body>', but C++ owns body objects: they cross only as pointers or references)}}
  friend class world;
  body() = default;
  ~body() = default;
public:
  body clone() const; // expected-note-re {{left out of JavaScript: result type '{{(lib::)?}}body', but C++ owns body objects: they cross only as pointers or references}}
  void adopt(std::unique_ptr<body> other); // expected-note {{left out of JavaScript: parameter 'other' has type 'std::unique_ptr<body>', but C++ owns body objects: they cross only as pointers or references}}
  body *next() { return nullptr; }
  float mass = 1;
};
} // namespace lib
using Body [[wasmport::export]] = lib::body;
