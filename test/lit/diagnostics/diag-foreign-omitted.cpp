// A foreign class (exported through an alias-declaration) exports every public
// member whose types can cross; the others are left out with one warning per
// class naming each of them, with a note at each, never an error: the header
// cannot be changed.
//
// RUN: %verify %s
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <cstdio>

namespace lib {
class logger { // expected-warning {{foreign class 'logger': members left out of JavaScript: 'logger' (parameter 'out' has type 'FILE *'); 'file' (result type 'FILE *'); 'sink' (type 'FILE *')}}
public:
  logger() = default;
  explicit logger(FILE *out) : sink(out) {} // expected-note {{left out of JavaScript: parameter 'out' has type 'FILE *'}}
  FILE *file() const { return sink; } // expected-note {{left out of JavaScript: result type 'FILE *'}}
  int level() const { return lvl; }
  FILE *sink = nullptr; // expected-note {{left out of JavaScript: type 'FILE *'}}
  int lvl = 1;
};
} // namespace lib

using Logger [[wasmport::export]] = lib::logger;

// CHECK: "js": "Logger"
// CHECK-NOT: "js": "file"
// CHECK-DAG: "js": "level"
// CHECK-DAG: "js": "lvl"
