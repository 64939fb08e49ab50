// A foreign class's virtual functions that a JS subclass cannot implement
// are not a warning each: they join the class's one ForeignMembersOmitted
// warning with the members left out, a note at each; a method already left
// out is named once. A foreign class JS cannot extend at all says so in its
// one warning too. An own class keeps VirtualNotOverridable at each
// function (diag-subclasses.cpp).
//
// RUN: %verify %s
// RUN: %wasmport_cxx -c %s -o %t.o 2>&1 | %FileCheck %s --check-prefix=COUNT

#include <cstdio>
#include <memory>

namespace lib {
class sink { // expected-warning-re {{foreign class 'sink': members left out of JavaScript: 'file' (result type 'FILE *'); 'write_all' (a JavaScript subclass cannot implement it: parameter 'values' has type 'std::shared_ptr<{{(lib::)?}}sink>', which a JavaScript function cannot receive; C++ runs sink's own); 'next' (a JavaScript subclass cannot implement it: its result type '{{(lib::)?}}sink *' cannot come from a JavaScript function; C++ runs sink's own)}}
public:
  virtual ~sink() = default;
  virtual FILE *file() { return nullptr; } // expected-note {{left out of JavaScript: result type 'FILE *'}}
  virtual void write_all(std::shared_ptr<sink> values) {} // expected-note-re {{left out of JavaScript: a JavaScript subclass cannot implement it: parameter 'values' has type 'std::shared_ptr<{{(lib::)?}}sink>', which a JavaScript function cannot receive; C++ runs sink's own}}
  virtual sink *next() { return nullptr; } // expected-note-re {{left out of JavaScript: a JavaScript subclass cannot implement it: its result type '{{(lib::)?}}sink *' cannot come from a JavaScript function; C++ runs sink's own}}
  virtual int put(int v) { return v; }
};

class plain { // expected-warning {{foreign class 'plain': members left out of JavaScript: 'plain' (JavaScript cannot extend it: its destructor is not virtual; make it virtual, or mark the class final)}} expected-note {{left out of JavaScript: JavaScript cannot extend it: its destructor is not virtual; make it virtual, or mark the class final}}
public:
  virtual int get() { return 1; }
};
} // namespace lib

using Sink [[wasmport::export]] = lib::sink;
using Plain [[wasmport::export]] = lib::plain;

// One warning per class, nothing else.
// COUNT-COUNT-2: warning: foreign class
// COUNT-NOT: warning:
// COUNT: 2 warnings generated.
