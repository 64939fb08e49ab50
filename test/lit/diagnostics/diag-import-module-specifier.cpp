// An ES-module specifier is written verbatim between double quotes in the
// generated module: it must be non-empty, with no quotes, backslashes or line
// breaks.
//
// RUN: %verify %s
// RUN: %not %diagnose %s 2>&1 | %FileCheck %s

[[wasmport::import("f", "./a\"b.js")]] void doubleQuote(); // expected-error {{module specifier './a"b.js' cannot be written into the generated JavaScript; it must be non-empty and hold no quotes, backslashes or line breaks}}
// CHECK: diag-import-module-specifier.cpp:[[@LINE-1]]:3:{[[@LINE-1]]:3-[[@LINE-1]]:37}: error: module specifier './a"b.js' cannot be written into the generated JavaScript
[[wasmport::import("f", "./it's.js")]] void singleQuote(); // expected-error {{module specifier './it's.js' cannot be written}}
[[wasmport::import("f", "`tpl`")]] void backtick(); // expected-error {{module specifier '`tpl`' cannot be written}}
[[wasmport::import("f", "C:\\lib\\m.js")]] void backslash(); // expected-error {{module specifier 'C:\lib\m.js' cannot be written}}
[[wasmport::import("f", "./m.js\n")]] void newline(); // expected-error {{cannot be written into the generated JavaScript}}
[[wasmport::import("f", "./m.js\r")]] void carriageReturn(); // expected-error {{cannot be written into the generated JavaScript}}
[[wasmport::import("f", "./m\u2028.js")]] void lineSeparator(); // expected-error {{cannot be written into the generated JavaScript}}
[[wasmport::import("f", "")]] void empty(); // expected-error {{module specifier '' cannot be written into the generated JavaScript}}

// Accepted: relative paths, bare package names, scoped packages, URLs.
[[wasmport::import("f", "./m.js")]] void relative();
[[wasmport::import("f", "../lib/m.mjs")]] void parent();
[[wasmport::import("f", "some-package")]] void bare();
[[wasmport::import("f", "@scope/pkg/sub")]] void scoped();
[[wasmport::import("f", "https://example.com/m.js?v=1#x")]] void url();
