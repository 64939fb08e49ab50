// Found through target_include_directories(targets PRIVATE include).
#pragma once
#include <cstdint>
constexpr int32_t kExtraDigit = 5;
