// Found through the INTERFACE library targets_iface that the module links.
#pragma once
#include <cstdint>
#ifndef TARGETS_IFACE
#error "the INTERFACE library's definition TARGETS_IFACE did not reach the module"
#endif
constexpr int32_t kIfaceDigit = TARGETS_IFACE;
