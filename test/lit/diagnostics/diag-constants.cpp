// Constants: a static data member of an exported class that is a constant,
// and a variable marked [[wasmport::export]], become JS constants; what
// cannot be one is an error at the declaration saying what is accepted.
// Unmarked static members that are not constants are state, left alone.
//
// RUN: %verify %s -std=c++20
// RUN: %not %diagnose %s -std=c++20 2>&1 | %FileCheck %s
#include <array>
#include <string>
#include <string_view>

enum class Plain { A }; // not exported

class [[wasmport::export]] Grid {
public:
  static constexpr std::array<int, 2> Size = {3, 4}; // expected-error {{constant 'Size' has type 'std::array<int, 2>', which a JavaScript constant cannot hold; a constant is a bool, a number, a 'const char *' or 'std::string_view', or an exported enum; mark it [[wasmport::skip]]}}
  // CHECK: diag-constants.cpp:[[@LINE-1]]:20:{[[@LINE-1]]:20-[[@LINE-1]]:38}: error: constant 'Size' has type
  static constexpr Plain Kind = Plain::A; // expected-error {{constant 'Kind' has type 'Plain', which a JavaScript constant cannot hold}}
  [[wasmport::skip]] static constexpr std::array<int, 2> Skipped = {1, 2};
  static constexpr const char *Null = nullptr; // expected-error {{the value of constant 'Null' cannot be exported: it is a null pointer}}
  [[wasmport::export]] static int Count; // expected-error {{'Count' cannot be exported: only constants are, and it is not 'constexpr'; declare it 'constexpr', or remove [[wasmport::export]]}}
  static int State;         // state: not exported, no error
  static std::string Label; // likewise
  static void clash(); // expected-note {{'clash' is also exported here}}
  // Constants share the statics' names.
  [[wasmport::export("clash")]] static constexpr int Other = 2; // expected-error {{'clash' names two different members of JavaScript class 'Grid'; rename one with [[wasmport::export("name")]] or [[wasmport::skip]] it}}
private:
  static constexpr std::array<int, 1> Private = {1}; // not public: not exported
  [[wasmport::export]] static constexpr int Hidden = 1; // expected-error {{'Hidden' is not public and cannot be exported; make it public or remove the attribute}}
};

[[wasmport::export]] constexpr std::array<int, 1> Table = {1}; // expected-error {{constant 'Table' has type 'std::array<int, 1>', which a JavaScript constant cannot hold; a constant is a bool, a number, a 'const char *' or 'std::string_view', or an exported enum; remove [[wasmport::export]]}}
[[wasmport::export]] const std::string Name = "x"; // expected-error {{'Name' cannot be exported: only constants are}}
[[wasmport::export]] constexpr const char *Bytes = "\xff"; // expected-error {{the value of constant 'Bytes' cannot be exported: its text is not valid UTF-8, which a JavaScript string needs}}
[[wasmport::export]] constexpr int then = 1; // expected-error {{'then' cannot name a JavaScript export: it is reserved in JavaScript or by the generated module; rename it with [[wasmport::export("otherName")]]}}
