// What the generated module provides at run time: WASI for libc (printf to
// the console, clocks, random), start functions, memory growth.
#include <wasmport/wasmport.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

static int32_t StartRuns = 0;
static std::vector<std::string> *Kept = nullptr;

[[wasmport::start]] void on_start() { ++StartRuns; }

[[wasmport::export]] int32_t start_runs() { return StartRuns; }

[[wasmport::export]] void say(std::string_view s) { std::printf("printf: %.*s\n", int(s.size()), s.data()); }
[[wasmport::export]] void say_err(std::string_view s) { std::fprintf(stderr, "stderr: %.*s\n", int(s.size()), s.data()); }
[[wasmport::export]] void say_cout(int32_t v) { std::cout << "cout " << v << std::endl; }
// One write per byte (a UTF-8 sequence split across writes), then a line
// left unfinished.
[[wasmport::export]] void say_bytes(std::string_view s) {
  for (char c : s) {
    std::fputc(c, stdout);
    std::fflush(stdout);
  }
  std::fputs("<end", stdout);
  std::fflush(stdout);
}

[[wasmport::export]] double now_seconds() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}
[[wasmport::export]] uint32_t random_word() {
  uint32_t v = 0;
  arc4random_buf(&v, sizeof v);
  return v;
}

// Grows memory by keeping Bytes bytes alive, then returns a string: the
// views the glue cached before the call are stale afterwards.
[[wasmport::export]] std::string grow_and_echo(uint32_t Bytes, std::string_view s) {
  if (!Kept)
    Kept = new std::vector<std::string>();
  Kept->emplace_back(Bytes, 'x');
  return std::string(s);
}
[[wasmport::export]] void release_all() {
  delete Kept;
  Kept = nullptr;
}
[[wasmport::export]] void quit(int32_t code) { std::exit(code); }
