// A virtual function whose signature cannot cross as an import's does is left
// to C++ on objects of JS subclasses, with a warning naming it; a class whose
// pure virtual function cannot be implemented in JS, or whose destructor is
// not virtual, cannot be extended in JS (a warning: it stays exported as
// before). Warnings, not errors: foreign classes come from headers the user
// cannot change (docs/Subclasses.md).
//
// RUN: %verify %s

#include <wasmport/wasmport.h>

#include <memory>
#include <string>
#include <vector>

class [[wasmport::export]] Sink {
public:
  virtual ~Sink() = default;
  virtual void write(const std::string &text) {}
  virtual void writeAll(std::shared_ptr<Sink> values) {} // expected-warning {{virtual function 'writeAll' cannot be implemented in JavaScript: parameter 'values' has type 'std::shared_ptr<Sink>', which a JavaScript function cannot receive; on an object of a JavaScript subclass of 'Sink', C++ runs 'Sink''s own}}
  virtual Sink *next() { return nullptr; } // expected-warning {{virtual function 'next' cannot be implemented in JavaScript: its result type 'Sink *' cannot come from a JavaScript function; on an object of a JavaScript subclass of 'Sink', C++ runs 'Sink''s own}}
};

class [[wasmport::export]] Source { // expected-warning {{exported class 'Source' cannot be extended in JavaScript: pure virtual function 'pull' cannot be implemented in JavaScript: parameter 'into' has type 'std::shared_ptr<Source>', which a JavaScript function cannot receive}}
public:
  virtual ~Source() = default;
  virtual void pull(std::shared_ptr<Source> into) = 0;
};

class [[wasmport::export]] Plain { // expected-warning {{exported class 'Plain' cannot be extended in JavaScript: its destructor is not virtual; make it virtual, or mark the class final}}
public:
  virtual int get() { return 1; }
};
