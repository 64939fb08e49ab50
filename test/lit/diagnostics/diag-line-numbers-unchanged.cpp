#warning first line // The plugin appends to the main file; nothing moves.
// expected-warning@-1 {{first line}}
//
// User diagnostics, __LINE__, __FILE__ and debug line numbers are the same
// with the plugin as without, in a file with exports (so thunks are injected)
// and warnings from its first line to its last.
//
// RUN: %verify -Wunused-variable %s
// RUN: %diagnose -Wunused-variable %s 2>&1 | %FileCheck %s
// RUN: %wasmport_cxx -g -c %s -o %t.o
// RUN: %llvm-dwarfdump --name=marker %t.o | %FileCheck %s --check-prefix=DWARF
// CHECK: diag-line-numbers-unchanged.cpp:1:2: warning: first line

#include <wasmport/wasmport.h>

#include <string>

static_assert(__LINE__ == 18, "__LINE__ is unchanged");

[[wasmport::export]] int marker(int a) {
  // DWARF: DW_AT_name ("marker")
  // DWARF: DW_AT_decl_line ([[@LINE-2]])
  int unused = 0; // expected-warning {{unused variable 'unused'}}
  // CHECK: diag-line-numbers-unchanged.cpp:[[@LINE-1]]:7:{[[@LINE-1]]:7-[[@LINE-1]]:13}: warning: unused variable 'unused'
  return a + __LINE__;
}

constexpr bool endsWith(const char *s, const char *suffix) {
  std::size_t n = 0, m = 0;
  while (s[n]) ++n;
  while (suffix[m]) ++m;
  if (m > n) return false;
  for (std::size_t i = 0; i < m; ++i)
    if (s[n - m + i] != suffix[i]) return false;
  return true;
}
static_assert(endsWith(__FILE__, "diag-line-numbers-unchanged.cpp"),
              "__FILE__ names the user's file");

class [[wasmport::export]] Greeter {
public:
  std::string greet(const std::string &name) { return "hi " + name; }
};

// The file's last line has a warning and no newline after it.
// expected-warning@+2 {{last line}}
// CHECK: diag-line-numbers-unchanged.cpp:[[@LINE+1]]:2: warning: last line
#warning last line