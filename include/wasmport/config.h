//===- wasmport/config.h - What every wasmport header checks first --------===//
//
// wasmport's headers and generated code need C++17. An older standard gets
// exactly one error, from here (the other headers include this first and
// are empty without C++17), instead of a page of template errors.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_CONFIG_H
#define WASMPORT_CONFIG_H

#if !defined(__cplusplus) || __cplusplus < 201703L
#error "wasmport needs C++17 or later: compile with -std=c++17 (or c++20, c++23)"
#define WASMPORT_SUPPORTED_STANDARD 0
#else
#define WASMPORT_SUPPORTED_STANDARD 1
#endif

#endif // WASMPORT_CONFIG_H
