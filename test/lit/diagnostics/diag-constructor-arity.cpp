// JavaScript constructors are chosen by argument count only: two exported
// constructors with the same number of parameters are an error.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

class [[wasmport::export]] Color {
public:
  Color(int rgb);
  Color(const char *name); // expected-error {{constructors of 'Color' taking 1 argument would be indistinguishable in JavaScript; mark all but one [[wasmport::skip]]}}
  // expected-note@-2 {{other overload is here}}
  // CHECK:      diag-constructor-arity.cpp:[[@LINE-2]]:3: error: constructors of 'Color' taking 1 argument would be
  // CHECK-NEXT: diag-constructor-arity.cpp:[[@LINE-4]]:3: note: other overload is here
  Color(int r, int g, int b);
  Color(double h, double s, double l); // expected-error {{constructors of 'Color' taking 3 arguments would be indistinguishable in JavaScript}}
  // expected-note@-2 {{other overload is here}}
};

// Accepted: one of each arity exported, the rest skipped; copy and move
// constructors never count.
class [[wasmport::export]] Size {
public:
  Size();
  Size(int square);
  [[wasmport::skip]] Size(double square);
  Size(int w, int h);
  Size(const Size &);
  Size(Size &&);
private:
  Size(const char *);
};
