// Test eh-module: a wasmport module built by wasmport_add_module(... EXCEPTIONS),
// i.e. with the plugin and -fwasm-exceptions, linked against the runtime from
// scripts/eh-runtime.sh. eh_module.test.mjs calls it.
#include <stdexcept>
#include <string>

/// std::stoi throws inside libc++ (invalid_argument, out_of_range): caught here.
[[wasmport::export]] int parse_or(std::string text, int fallback) {
  try {
    return std::stoi(text);
  } catch (const std::invalid_argument &) {
    return fallback;
  } catch (const std::out_of_range &) {
    return -fallback;
  }
}

namespace {
int destroyed = 0;
struct Tracker {
  ~Tracker() { ++destroyed; }
};
[[gnu::noinline]] int descend(int depth) {
  Tracker t;
  if (depth == 0)
    throw std::runtime_error("bottom");
  return descend(depth - 1) + 1;
}
} // namespace

/// Throws from `depth` frames down; returns how many destructors ran.
[[wasmport::export]] int unwound(int depth) {
  destroyed = 0;
  try {
    descend(depth);
  } catch (const std::runtime_error &) {
  }
  return destroyed;
}

/// std::string::at's out_of_range is not caught: it leaves the export.
[[wasmport::export]] int char_at(std::string text, int index) { return text.at(index); }
