// wasmport_add_test(... EXCEPTIONS) (test/cxxtest/CMakeLists.txt): the test
// module is built as wasmport_add_module builds an EXCEPTIONS module, with
// -fwasm-exceptions and the exception-handling runtime; without them the
// try below does not compile.
#include <wasmport/test.h>
#include <wasmport/wasmport.h>

#include <stdexcept>
#include <string>

static int parse(const std::string &S) {
  if (S.empty())
    throw std::invalid_argument("empty");
  return std::stoi(S);
}

[[wasmport::test("EXCEPTIONS: a C++ exception is caught in the test")]] void catches() {
  WASMPORT_CHECK(WASMPORT_EXCEPTIONS);
  std::string What;
  try {
    parse("");
  } catch (const std::invalid_argument &E) {
    What = E.what();
  }
  WASMPORT_CHECK_EQ(What, "empty");
  WASMPORT_CHECK_EQ(parse("42"), 42);
}

[[wasmport::test("EXCEPTIONS: std::stoi throws out_of_range")]] void outOfRange() {
  bool Thrown = false;
  try {
    parse("99999999999999999999");
  } catch (const std::out_of_range &) {
    Thrown = true;
  }
  WASMPORT_CHECK(Thrown);
}
