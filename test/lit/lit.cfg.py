# The logic of the wasmport lit suite. Build facts (paths) come from
# lit.site.cfg.py, which CMake writes into build/test/lit; run the suite with
#   python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv build/test/lit
#
# Substitutions:
#   %wasmport_cxx    clang++ for wasm32-wasi with the plugin loaded
#   %verify          %wasmport_cxx -fsyntax-only -ferror-limit=0 -Xclang -verify
#   %diagnose        %wasmport_cxx -fsyntax-only, one line per diagnostic with
#                    its source ranges: file:L:C:{L:C-L:C}: error: ...
#   %clang_wasm      the same clang++ for wasm32-wasi, without the plugin
#   %golden          golden.py ACTUAL EXPECTED (WASMPORT_BLESS=1 rewrites)
#   %golden_js       %golden for generated JS: each helper named by a
#                    placeholder line, its body kept once in golden/helpers.js
#   %print_helpers   the testing driver that lists every helper
#   %FileCheck %not %split-file %llvm-objdump %llvm-objcopy %llvm-dwarfdump %llvm-nm
#   %wasm-objdump
#   %wasmport_include %wasmport_plugin %python
#
# Features (REQUIRES:): wabt, std-expected, c++23, wasi, eh-runtime, sanitize
import os
import shutil

import lit.formats

config.name = "wasmport"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
# Golden files are expected outputs, Inputs/ holds shared sources and
# print-helpers.cpp is a testing driver; none is a test.
config.excludes = ["golden", "Inputs", "CMakeLists.txt", "golden.py",
                   "print-helpers.cpp"]

config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = getattr(config, "wasmport_lit_obj_root", None)


def required(name):
    value = getattr(config, name, None)
    if not value:
        lit_config.fatal(
            "missing config.%s: run lit on the build tree (build/test/lit), "
            "not on the source tree" % name)
    return value


clang_cxx = required("clang_cxx")
tools_dir = required("llvm_tools_dir")
include_dir = required("wasmport_include_dir")
plugin = required("wasmport_plugin")
python = getattr(config, "python_executable", None) or "python3"
print_helpers = getattr(config, "wasmport_print_helpers", "") or "print-helpers"

if not os.path.exists(plugin):
    lit_config.fatal("plugin not built: %s (run `ninja -C %s wasmport-plugin`)"
                     % (plugin, config.wasmport_obj_root))


def tool(name):
    path = os.path.join(tools_dir, name)
    if os.path.exists(path):
        return path
    found = shutil.which(name)
    if not found:
        lit_config.fatal("cannot find %s in %s or on PATH" % (name, tools_dir))
    return found


# A sanitized build (-DWASMPORT_SANITIZE=ON, docs/Reliability.md): the
# plugin is instrumented and clang++ is not, so clang++ runs with the ASan
# runtime preloaded. Clang frees nothing at exit on purpose, so leak checking
# is off for it; the tools link the runtime themselves and keep it on.
asan_runtime = getattr(config, "wasmport_asan_runtime", "")
if asan_runtime:
    if not os.path.exists(asan_runtime):
        lit_config.fatal("ASan runtime not found: %s" % asan_runtime)
    clang_cxx = "env LD_PRELOAD=%s ASAN_OPTIONS=detect_leaks=0 %s" % (
        asan_runtime, clang_cxx)
    config.available_features.add("sanitize")
for name in ["ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"]:
    if name in os.environ:
        config.environment[name] = os.environ[name]
config.environment.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")

# A site config may set the whole wasm32 command instead (the
# emscripten-plugin test runs the suite with em++'s clang 14 and its flags).
wasm_cxx = (getattr(config, "wasm_cxx", None)
            or "%s --target=wasm32-wasi --sysroot=/usr" % clang_cxx)
wasmport_cxx = "%s -I%s -fplugin=%s" % (wasm_cxx, include_dir, plugin)

# lit applies substitutions in order: no name here may be a prefix of a later
# one.
config.substitutions.extend([
    ("%wasmport_include", include_dir),
    ("%wasmport_plugin", plugin),
    ("%wasmport_cxx", wasmport_cxx),
    # No error limit: a -verify test lists every diagnostic it expects.
    ("%verify", wasmport_cxx + " -fsyntax-only -ferror-limit=0 -Xclang -verify"),
    # Diagnostics as one line each, with the highlighted ranges spelled out
    # ({line:col-line:col}), for FileCheck tests of carets and ranges.
    ("%diagnose", wasmport_cxx + " -fsyntax-only -ferror-limit=0"
     " -fno-caret-diagnostics -fdiagnostics-print-source-range-info"),
    ("%clang_wasm", wasm_cxx),
    # Before %golden, which is a prefix of it.
    ("%golden_js", "%s %s --helpers-from %s" % (
        python, os.path.join(config.test_source_root, "golden.py"),
        print_helpers)),
    ("%golden", "%s %s" % (python,
                           os.path.join(config.test_source_root, "golden.py"))),
    ("%print_helpers", print_helpers),
    ("%FileCheck", tool("FileCheck")),
    ("%not", tool("not")),
    ("%split-file", tool("split-file")),
    ("%llvm-objdump", tool("llvm-objdump")),
    ("%llvm-objcopy", tool("llvm-objcopy")),
    ("%llvm-dwarfdump", tool("llvm-dwarfdump")),
    ("%llvm-nm", tool("llvm-nm")),
    ("%wasm-objdump", shutil.which("wasm-objdump") or "wasm-objdump"),
    ("%python", python),
])

if shutil.which("wasm-objdump"):
    config.available_features.add("wabt")

# std::expected needs C++23 and a libc++ that has it (19 does; em++ 3.1.6's
# does not): tests of std::expected results say REQUIRES: std-expected.
import subprocess
probe = subprocess.run(
    "%s -std=c++23 -fsyntax-only -x c++ -" % wasm_cxx, shell=True,
    input=b"#include <expected>\nstd::expected<int, int> e;\n",
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
if probe.returncode == 0:
    config.available_features.add("std-expected")

# The compiler's newest standard and target: em++'s clang 14 has no
# -std=c++23, and tests that link modules with the wasi-libc driver (LTO,
# -save-temps) say REQUIRES: wasi.
def compiles(flags, source):
    return subprocess.run(
        "%s %s -fsyntax-only -x c++ -" % (wasm_cxx, flags), shell=True,
        input=source, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL).returncode == 0


if compiles("-std=c++23", b""):
    config.available_features.add("c++23")
if compiles("", b"#ifndef __wasi__\n#error not wasi\n#endif\n"):
    config.available_features.add("wasi")

# The C++ runtime built with -fwasm-exceptions (scripts/eh-runtime.sh), for
# tests that link modules with C++ exceptions: REQUIRES: eh-runtime, and
# %eh_link for the link flags.
eh_runtime = getattr(config, "wasmport_eh_runtime", "")
if eh_runtime:
    config.available_features.add("eh-runtime")
    config.substitutions.append(
        ("%eh_link", "-fwasm-exceptions -L%s -lunwind" % eh_runtime))

# Tests may call the tools by their plain names too; the build's bin/ holds
# wasmport-js and wasmport-rewrite.
path = [config.wasmport_bin_dir, tools_dir, config.environment.get("PATH", "")]
config.environment["PATH"] = os.pathsep.join(p for p in path if p)

# WASMPORT_BLESS=1 makes golden.py rewrite the golden files instead of
# comparing against them.
for name in ["WASMPORT_BLESS"]:
    if name in os.environ:
        config.environment[name] = os.environ[name]

# Diagnostics are compared as text: no colours, no locale surprises.
config.environment["TERM"] = "dumb"
config.environment["LC_ALL"] = "C"
