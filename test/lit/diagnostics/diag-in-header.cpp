// Exported entities declared in headers and through macros are checked like
// any others: the error is in the header, with the caret on the type as the
// user wrote it (the macro argument, with Clang's "expanded from macro" note),
// and the include stack above it.
//
// RUN: rm -rf %t && %split-file --leading-lines %s %t
// RUN: %verify -I%t %t/main.cpp
// RUN: cd %t && %not %wasmport_cxx -fsyntax-only -fdiagnostics-print-source-range-info main.cpp 2>&1 | %FileCheck %s

//--- api.h
#pragma once
#define WASM_EXPORT [[wasmport::export]]
#define WASM_EXPORT_AS(name) [[wasmport::export(name)]]
#define EXPORT_TAKING(T, name) WASM_EXPORT void name(T value);

// Names are checked first, then signatures.
WASM_EXPORT_AS("default") void reserved();
// CHECK:      In file included from main.cpp:{{[0-9]+}}:
// CHECK-NEXT: api.h:[[@LINE-2]]:1: error: 'default' cannot name a JavaScript export
[[wasmport::export]] void inHeader(long double x);
// CHECK:      api.h:[[@LINE-1]]:36:{[[@LINE-1]]:36-[[@LINE-1]]:47}: error: parameter 'x' of 'inHeader' has type 'long double'
// CHECK:      api.h:[[@LINE-2]]:36: note: supported:
EXPORT_TAKING(long double, viaMacro)
// CHECK:      api.h:[[@LINE-1]]:15:{{.*}}: error: parameter 'value' of 'viaMacro' has type 'long double'
// CHECK:      api.h:14:{{[0-9]+}}:{{.*}}: note: expanded from macro 'EXPORT_TAKING'
WASM_EXPORT void viaMacroAttr(int *p);
// CHECK:      api.h:[[@LINE-1]]:31:{[[@LINE-1]]:31-[[@LINE-1]]:36}: error: parameter 'p' of 'viaMacroAttr' has type 'int *'

//--- main.cpp
#include "api.h"
// expected-error@api.h:17 {{'default' cannot name a JavaScript export}}
// expected-error@api.h:20 {{parameter 'x' of 'inHeader' has type 'long double'}} expected-note@api.h:20 {{supported:}}
// expected-error@api.h:23 {{parameter 'value' of 'viaMacro' has type 'long double'}} expected-note@api.h:23 {{supported:}}
// expected-error@api.h:26 {{parameter 'p' of 'viaMacroAttr' has type 'int *'}} expected-note@api.h:26 {{supported:}}

EXPORT_TAKING(long double, inMain) // expected-error {{parameter 'value' of 'inMain' has type 'long double'}} expected-note {{supported:}}
// CHECK:      main.cpp:[[@LINE-1]]:15:{{.*}}: error: parameter 'value' of 'inMain' has type 'long double'
