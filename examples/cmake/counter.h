// examples/cmake: the exported class lives in a header, so editing the
// header must rebuild the module and its JS.
#ifndef COUNTER_H
#define COUNTER_H

#include <wasmport/wasmport.h>

#include <cstdint>

/// How far one increment() moves a Counter.
constexpr int32_t kStep = 1;

class [[wasmport::export]] Counter {
public:
  explicit Counter(int32_t start) : n_(start) {}
  void increment() { n_ += kStep; }
  int32_t value() const { return n_; }

private:
  int32_t n_;
};

#endif // COUNTER_H
