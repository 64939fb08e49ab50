// Before C++20 a function taking std::span reads as a variable (std::span<
// is no type), so the attribute lands on a variable: the first error says
// why, at the function's name, instead of "only applies to functions".
//
// RUN: %verify -std=c++17 %s
#include <wasmport/wasmport.h>
#include <cstdint>
#include <span>

[[wasmport::export]] int sum(std::span<const int32_t> xs) { // expected-error {{'sum' reads as a variable, not a function: std::span needs C++20; compile with -std=c++20 (or later), or take a std::vector}} expected-error {{no member named 'span' in namespace 'std'}} expected-error {{expected expression}} expected-error {{expected ';' after top level declarator}}
  return 0;
}
