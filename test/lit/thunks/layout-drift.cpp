// A slot layout that changes on one side only stops the build of every
// module that uses the type: the thunks static_assert that the Codecs of
// <wasmport/wire.h> have the sizes and offsets the JS glue uses
// (lib/Manifest/Layout). Here the headers say an optional's value sits one
// alignment further than the plugin's table does, as headers of another
// wasmport version might: a copy of <wasmport/layout.h> so changed is
// included first (its include guard then keeps the real one out).
//
// RUN: sed 's/return alignTo(Flag + 1, Element.Align);/return alignTo(Flag + 1, Element.Align) + Element.Align;/' \
// RUN:   %wasmport_include/wasmport/layout.h > %t.layout.h
// RUN: %not grep -q 'return alignTo(Flag + 1, Element.Align);' %t.layout.h
// RUN: %not %wasmport_cxx -include %t.layout.h -c %s -o %t.o 2>&1 | %FileCheck %s
// And with the real header, the same source compiles.
// RUN: %wasmport_cxx -c %s -o %t.o

#include <wasmport/wasmport.h>

#include <optional>

struct [[wasmport::value]] Reading {
  std::optional<int> value;
  double at;
};

[[wasmport::export]] Reading latest() { return {42, 1.5}; }

// Clang 19 says "static assertion failed", Clang 14 (em++) "static_assert
// failed": the checks match the requirement and the message.
// CHECK: <wasmport thunks>:{{[0-9]+}}:{{[0-9]+}}: error: static{{.*}} failed due to requirement '{{.*}}Codec<std::optional<int>, void>::Size == 8{{.*}}wasmport: JS reads ::std::optional<int> as 8 bytes aligned to 4; <wasmport/wire.h> disagrees (headers of another wasmport version than the plugin?)
// CHECK: error: static{{.*}} failed due to requirement '{{.*}}Codec<std::optional<int>, void>::Offset == 4'{{.*}}wasmport: JS reads the value of ::std::optional<int> at offset 4;
// CHECK: error: static{{.*}} failed due to requirement '{{.*}}Codec<Reading, void>::Size == 16{{.*}}wasmport: JS reads ::Reading as 16 bytes aligned to 8;
// CHECK: error: static{{.*}} failed due to requirement '{{.*}}Codec<Reading, void>::offset(1) == 8'{{.*}}wasmport: JS reads field 'at' of ::Reading at offset 8;
