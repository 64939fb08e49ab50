// [[wasmport::skip]] leaves out a member of an exported class or a
// declaration in an exported namespace. Anywhere else nothing is exported, so
// the attribute is misplaced: an error at the attribute, not a silent no-op.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

[[wasmport::skip]] void helper(); // expected-error {{'wasmport::skip' applies to members of a class and declarations in a namespace marked [[wasmport::export]]; here nothing is exported, so remove it}}
// CHECK: attr-skip-outside-export.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:17}: error: 'wasmport::skip' applies to members of a class and declarations in a namespace marked
class [[wasmport::skip]] Internal {}; // expected-error {{'wasmport::skip' applies to members of a class and declarations in a namespace marked [[wasmport::export]]}}
// CHECK: attr-skip-outside-export.cpp:[[@LINE-1]]:9:{[[@LINE-1]]:9-[[@LINE-1]]:23}: error: 'wasmport::skip' applies
enum class [[wasmport::skip]] Level { Low }; // expected-error {{'wasmport::skip' applies to members of a class and declarations in a namespace marked [[wasmport::export]]}}
namespace plain { [[wasmport::skip]] void hidden(); } // expected-error {{'wasmport::skip' applies to members of a class and declarations in a namespace marked [[wasmport::export]]}}

// Only the namespace block marked [[wasmport::export]] exports.
namespace app { [[wasmport::skip]] void notExported(); } // expected-error {{'wasmport::skip' applies to members of a class and declarations in a namespace marked [[wasmport::export]]}}
// Nested classes of an exported class are not exported.
class [[wasmport::export]] Outer {
public:
  class [[wasmport::skip]] Inner {}; // expected-error {{'wasmport::skip' applies to members of a class and declarations in a namespace marked [[wasmport::export]]}}
};

// Data members of classes that are not exported, and of value structs, which
// copy every field.
struct NotExported {
  [[wasmport::skip]] int cache; // expected-error {{'wasmport::skip' applies to members of a class marked [[wasmport::export]]; export the class}}
  // CHECK: attr-skip-outside-export.cpp:[[@LINE-1]]:5:{[[@LINE-1]]:5-[[@LINE-1]]:19}: error: 'wasmport::skip' applies to members of a class marked
};

// Accepted: in an exported class, in an exported namespace and in namespaces
// nested in one.
class [[wasmport::export]] Cache {
public:
  [[wasmport::skip]] int size = 0;
  [[wasmport::skip]] void compact();
};
namespace [[wasmport::export]] app {
[[wasmport::skip]] void debugDump();
class [[wasmport::skip]] Detail {};
enum class [[wasmport::skip]] Mode { A };
namespace inner { [[wasmport::skip]] void deeper(); }
}
