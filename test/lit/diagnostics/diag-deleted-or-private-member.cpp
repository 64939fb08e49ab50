// Naming a member that cannot be exported is an error (at the attribute);
// members that are not named are left out silently.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s
// RUN: %wasmport_cxx -c -DONLY_VALID %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --check-prefix=MANIFEST --input-file=%t.json

class [[wasmport::export]] Account {
public:
  Account() = default;
  int balance() const { return cents; }
#ifndef ONLY_VALID
  [[wasmport::export]] void close() = delete; // expected-error {{'close' is deleted and cannot be exported}}
  // CHECK-DAG: diag-deleted-or-private-member.cpp:[[@LINE-1]]:5: error: 'close' is deleted and cannot be exported
  [[wasmport::export]] Account(int, int) = delete; // expected-error {{'Account' is deleted and cannot be exported}}
#endif
  void reopen() = delete;

protected:
#ifndef ONLY_VALID
  [[wasmport::export]] void audit(); // expected-error {{'audit' is not public and cannot be exported; make it public or remove the attribute}}
  // CHECK-DAG: diag-deleted-or-private-member.cpp:[[@LINE-1]]:5: error: 'audit' is not public and cannot be exported; make it public or remove the attribute
#endif
  void log();

private:
#ifndef ONLY_VALID
  [[wasmport::export("secret")]] int pin() const; // expected-error {{'pin' is not public and cannot be exported}}
  [[wasmport::export]] static Account backdoor(); // expected-error {{'backdoor' is not public and cannot be exported}}
  [[wasmport::export]] explicit Account(double); // expected-error {{'Account' is not public and cannot be exported}}
#endif
  Account(const char *);
  void helper();
  int cents = 0;
};

#ifndef ONLY_VALID
[[wasmport::export]] void removed() = delete; // expected-error {{'removed' is deleted and cannot be exported}}
// CHECK-DAG: diag-deleted-or-private-member.cpp:[[@LINE-1]]:3: error: 'removed' is deleted and cannot be exported
#endif

// Only the public, non-deleted members are in the manifest.
// MANIFEST:     "constructors": [
// MANIFEST:         "params": [],
// MANIFEST-NOT:     "params"
// MANIFEST:     "methods": [
// MANIFEST:         "js": "balance",
// MANIFEST-NOT:     "js":
// MANIFEST:     "functions": []
