// Shared by multi_tu_a.cpp and multi_tu_b.cpp: the class and the import are
// seen by both translation units.
#pragma once
#include <wasmport/wasmport.h>

#include <cstdint>
#include <string>

[[wasmport::import("multi.log")]] void log_line(std::string_view);

class [[wasmport::export]] Shape {
public:
  explicit Shape(int32_t Sides) : Sides(Sides) {}
  int32_t sides() const { return Sides; }

private:
  int32_t Sides;
};
