// The tests of test/install/cxxtest: ones that pass (one with a name that
// needs escaping in --filter, one async), one that fails; install-test.sh
// checks CTest's list and results.
#include <wasmport/test.h>
#include <wasmport/wasmport.h>

#include <cstdio>

[[wasmport::export]] int twice(int X) { return 2 * X; }

[[wasmport::test]] void adds() { WASMPORT_CHECK_EQ(twice(21), 42); }

// The same name as a prefix: --filter '^adds$' must not run it too.
[[wasmport::test]] void addsMore() { WASMPORT_CHECK_EQ(twice(2), 4); }

[[wasmport::test("parses (a + b)")]] void parses() {
  std::printf("parses ran\n");
  WASMPORT_CHECK(twice(1) + twice(2) == 6);
}

[[wasmport::test]] wasmport::Promise<void> waits() {
  co_await wasmport::Promise<void>::resolve();
  WASMPORT_CHECK(true);
}

[[wasmport::test]] void fails() { WASMPORT_CHECK_EQ(twice(2), 5); }
