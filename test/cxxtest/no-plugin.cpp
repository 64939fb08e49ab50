// A module built without the plugin (test/cxxtest/CMakeLists.txt): no
// wasmport manifest, so wasmport-test refuses it with one line.
__attribute__((export_name("answer"))) int answer() { return 42; }
