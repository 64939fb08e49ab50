// Every arithmetic type gets the kind of its size and signedness on wasm32
// (long is 32 bits, char is signed), and the spelling the thunks use: fully
// qualified, typedefs kept.
//
// RUN: %wasmport_cxx -c %s -o %t.o -fplugin-arg-wasmport-manifest=%t.json
// RUN: %FileCheck %s --input-file=%t.json

#include <cstddef>
#include <cstdint>

namespace app { using Index = unsigned; }
using app::Index;

// CHECK: "functions": [

[[wasmport::export]] bool boolean(bool v) { return v; }
// CHECK:        "cpp": "::boolean",
// CHECK-NEXT:   "js": "boolean",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "bool",
// CHECK-NEXT:       "kind": "bool"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "bool",
// CHECK-NEXT:     "kind": "bool"

[[wasmport::export]] char plainChar(char v) { return v; }
// CHECK:        "cpp": "::plainChar",
// CHECK-NEXT:   "js": "plainChar",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "char",
// CHECK-NEXT:       "kind": "i8"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "char",
// CHECK-NEXT:     "kind": "i8"

[[wasmport::export]] signed char schar(signed char v) { return v; }
// CHECK:        "cpp": "::schar",
// CHECK-NEXT:   "js": "schar",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "signed char",
// CHECK-NEXT:       "kind": "i8"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "signed char",
// CHECK-NEXT:     "kind": "i8"

[[wasmport::export]] unsigned char uchar(unsigned char v) { return v; }
// CHECK:        "cpp": "::uchar",
// CHECK-NEXT:   "js": "uchar",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "unsigned char",
// CHECK-NEXT:       "kind": "u8"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "unsigned char",
// CHECK-NEXT:     "kind": "u8"

[[wasmport::export]] short sshort(short v) { return v; }
// CHECK:        "cpp": "::sshort",
// CHECK-NEXT:   "js": "sshort",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "short",
// CHECK-NEXT:       "kind": "i16"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "short",
// CHECK-NEXT:     "kind": "i16"

[[wasmport::export]] unsigned short ushort(unsigned short v) { return v; }
// CHECK:        "cpp": "::ushort",
// CHECK-NEXT:   "js": "ushort",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "unsigned short",
// CHECK-NEXT:       "kind": "u16"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "unsigned short",
// CHECK-NEXT:     "kind": "u16"

[[wasmport::export]] int sint(int v) { return v; }
// CHECK:        "cpp": "::sint",
// CHECK-NEXT:   "js": "sint",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "int",
// CHECK-NEXT:       "kind": "i32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "int",
// CHECK-NEXT:     "kind": "i32"

[[wasmport::export]] unsigned uint(unsigned v) { return v; }
// CHECK:        "cpp": "::uint",
// CHECK-NEXT:   "js": "uint",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "unsigned int",
// CHECK-NEXT:       "kind": "u32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "unsigned int",
// CHECK-NEXT:     "kind": "u32"

[[wasmport::export]] long slong(long v) { return v; }
// CHECK:        "cpp": "::slong",
// CHECK-NEXT:   "js": "slong",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "long",
// CHECK-NEXT:       "kind": "i32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "long",
// CHECK-NEXT:     "kind": "i32"

[[wasmport::export]] unsigned long ulong(unsigned long v) { return v; }
// CHECK:        "cpp": "::ulong",
// CHECK-NEXT:   "js": "ulong",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "unsigned long",
// CHECK-NEXT:       "kind": "u32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "unsigned long",
// CHECK-NEXT:     "kind": "u32"

[[wasmport::export]] long long sllong(long long v) { return v; }
// CHECK:        "cpp": "::sllong",
// CHECK-NEXT:   "js": "sllong",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "long long",
// CHECK-NEXT:       "kind": "i64"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "long long",
// CHECK-NEXT:     "kind": "i64"

[[wasmport::export]] unsigned long long ullong(unsigned long long v) { return v; }
// CHECK:        "cpp": "::ullong",
// CHECK-NEXT:   "js": "ullong",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "unsigned long long",
// CHECK-NEXT:       "kind": "u64"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "unsigned long long",
// CHECK-NEXT:     "kind": "u64"

[[wasmport::export]] std::int8_t i8(std::int8_t v) { return v; }
// CHECK:        "cpp": "::i8",
// CHECK-NEXT:   "js": "i8",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::int8_t",
// CHECK-NEXT:       "kind": "i8"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::int8_t",
// CHECK-NEXT:     "kind": "i8"

[[wasmport::export]] std::uint8_t u8(std::uint8_t v) { return v; }
// CHECK:        "cpp": "::u8",
// CHECK-NEXT:   "js": "u8",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::uint8_t",
// CHECK-NEXT:       "kind": "u8"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::uint8_t",
// CHECK-NEXT:     "kind": "u8"

[[wasmport::export]] std::int16_t i16(std::int16_t v) { return v; }
// CHECK:        "cpp": "::i16",
// CHECK-NEXT:   "js": "i16",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::int16_t",
// CHECK-NEXT:       "kind": "i16"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::int16_t",
// CHECK-NEXT:     "kind": "i16"

[[wasmport::export]] std::uint16_t u16(std::uint16_t v) { return v; }
// CHECK:        "cpp": "::u16",
// CHECK-NEXT:   "js": "u16",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::uint16_t",
// CHECK-NEXT:       "kind": "u16"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::uint16_t",
// CHECK-NEXT:     "kind": "u16"

[[wasmport::export]] std::int32_t i32(std::int32_t v) { return v; }
// CHECK:        "cpp": "::i32",
// CHECK-NEXT:   "js": "i32",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::int32_t",
// CHECK-NEXT:       "kind": "i32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::int32_t",
// CHECK-NEXT:     "kind": "i32"

[[wasmport::export]] std::uint32_t u32(std::uint32_t v) { return v; }
// CHECK:        "cpp": "::u32",
// CHECK-NEXT:   "js": "u32",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::uint32_t",
// CHECK-NEXT:       "kind": "u32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::uint32_t",
// CHECK-NEXT:     "kind": "u32"

[[wasmport::export]] std::int64_t i64(std::int64_t v) { return v; }
// CHECK:        "cpp": "::i64",
// CHECK-NEXT:   "js": "i64",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::int64_t",
// CHECK-NEXT:       "kind": "i64"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::int64_t",
// CHECK-NEXT:     "kind": "i64"

[[wasmport::export]] std::uint64_t u64(std::uint64_t v) { return v; }
// CHECK:        "cpp": "::u64",
// CHECK-NEXT:   "js": "u64",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::uint64_t",
// CHECK-NEXT:       "kind": "u64"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::uint64_t",
// CHECK-NEXT:     "kind": "u64"

[[wasmport::export]] std::size_t size(std::size_t v) { return v; }
// CHECK:        "cpp": "::size",
// CHECK-NEXT:   "js": "size",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::size_t",
// CHECK-NEXT:       "kind": "u32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::size_t",
// CHECK-NEXT:     "kind": "u32"

[[wasmport::export]] wchar_t wchar(wchar_t v) { return v; }
// CHECK:        "cpp": "::wchar",
// CHECK-NEXT:   "js": "wchar",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "wchar_t",
// CHECK-NEXT:       "kind": "i32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "wchar_t",
// CHECK-NEXT:     "kind": "i32"

[[wasmport::export]] char16_t utf16(char16_t v) { return v; }
// CHECK:        "cpp": "::utf16",
// CHECK-NEXT:   "js": "utf16",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "char16_t",
// CHECK-NEXT:       "kind": "u16"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "char16_t",
// CHECK-NEXT:     "kind": "u16"

[[wasmport::export]] char32_t utf32(char32_t v) { return v; }
// CHECK:        "cpp": "::utf32",
// CHECK-NEXT:   "js": "utf32",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "char32_t",
// CHECK-NEXT:       "kind": "u32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "char32_t",
// CHECK-NEXT:     "kind": "u32"

[[wasmport::export]] float f32(float v) { return v; }
// CHECK:        "cpp": "::f32",
// CHECK-NEXT:   "js": "f32",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "float",
// CHECK-NEXT:       "kind": "f32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "float",
// CHECK-NEXT:     "kind": "f32"

[[wasmport::export]] double f64(double v) { return v; }
// CHECK:        "cpp": "::f64",
// CHECK-NEXT:   "js": "f64",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "double",
// CHECK-NEXT:       "kind": "f64"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "double",
// CHECK-NEXT:     "kind": "f64"

[[wasmport::export]] Index typedefed(Index v) { return v; }
// CHECK:        "cpp": "::typedefed",
// CHECK-NEXT:   "js": "typedefed",
// CHECK:          "name": "v",
// CHECK-NEXT:     "type": {
// CHECK-NEXT:       "cpp": "::app::Index",
// CHECK-NEXT:       "kind": "u32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "::app::Index",
// CHECK-NEXT:     "kind": "u32"

// Top-level const on a by-value parameter or result does not matter.
[[wasmport::export]] const int constant(const int v) { return v; }
// CHECK:        "cpp": "::constant",
// CHECK:          "type": {
// CHECK-NEXT:       "cpp": "int",
// CHECK-NEXT:       "kind": "i32"
// CHECK:        "result": {
// CHECK-NEXT:     "cpp": "int",
// CHECK-NEXT:     "kind": "i32"

[[wasmport::export]] void nothing() {}
// CHECK:        "cpp": "::nothing",
// CHECK:        "params": [],
// CHECK-NEXT:   "result": {
// CHECK-NEXT:     "cpp": "void",
// CHECK-NEXT:     "kind": "void"
// CHECK:      "imports": []
