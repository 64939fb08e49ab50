// Exported classes: constructors, methods, const methods, statics, objects
// passed by reference and pointer, returned by value, and freed by JS.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>
#include <string_view>

static int32_t Alive = 0; // C++ objects of Counter and Label alive

class [[wasmport::export]] Counter {
public:
  Counter() : Counter(0) {}
  explicit Counter(int32_t Start) : N(Start) { ++Alive; }
  Counter(int32_t Start, int32_t Step) : N(Start), Step(Step) { ++Alive; }
  Counter(const Counter &O) : N(O.N), Step(O.Step) { ++Alive; }
  ~Counter() { --Alive; }

  void increment() { N += Step; }
  int32_t value() const { return N; }
  [[wasmport::export("addTo")]] void add_to(Counter &Other) const { Other.N += N; }
  bool same(const Counter *Other) const { return Other == this; }
  bool has(const Counter *Other) const { return Other != nullptr; }
  Counter copy() const { return *this; }
  static Counter withStep(int32_t Step) { return Counter(0, Step); }
  static int32_t alive() { return Alive; }
  [[wasmport::skip]] void hidden() {}

private:
  void secret() {}
  int32_t N;
  int32_t Step = 1;
};

class [[wasmport::export]] Label {
public:
  explicit Label(std::string Text) : Text(std::move(Text)) { ++Alive; }
  Label(const Label &O) : Text(O.Text) { ++Alive; }
  Label(Label &&O) : Text(std::move(O.Text)) { ++Alive; }
  ~Label() { --Alive; }
  std::string text() const { return Text; }
  void append(std::string_view More) { Text += More; }
  Label joined(const Label &Other) const { return Label(Text + Other.Text); }

private:
  std::string Text;
};

// Cannot be constructed from JS: no public constructor.
class [[wasmport::export]] Token {
  Token() = default;

public:
  static Token make() { return Token(); }
  int32_t id() const { return 7; }
};

[[wasmport::export]] int32_t total(const Counter &A, const Counter &B) {
  return A.value() + B.value();
}
[[wasmport::export]] int32_t value_or(const Counter *C, int32_t Fallback) {
  return C ? C->value() : Fallback;
}
[[wasmport::export]] void bump(Counter &C) { C.increment(); }
[[wasmport::export]] int32_t by_value(Counter C) {
  C.increment();
  return C.value();
}
[[wasmport::export]] Counter make_counter(int32_t Start) { return Counter(Start); }
[[wasmport::export]] int32_t alive_objects() { return Alive; }
