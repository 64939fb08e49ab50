# Copies examples/hello/hello.cpp next to the documented .clangd snippet and
# runs `clangd-19 --check` on it: no errors (--check does not print
# warnings; the snippet silences the unknown-attribute ones in editors).
find_program(CLANGD clangd-19 REQUIRED)
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(COPY ${SRC}/examples/hello/hello.cpp DESTINATION ${OUT})
file(WRITE ${OUT}/.clangd "CompileFlags:
  Add: [--target=wasm32-wasi, --sysroot=/usr, -I${SRC}/include,
        -Wno-unknown-attributes, -Wno-undefined-internal]
")
execute_process(COMMAND ${CLANGD} --check=${OUT}/hello.cpp
  WORKING_DIRECTORY ${OUT} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
string(REGEX MATCHALL "\n[EW]\\[[^\n]*\\] \\[[^\n]*" diags "${err}")
if(rc OR NOT err MATCHES "All checks completed, 0 errors" OR diags)
  message(FATAL_ERROR "clangd-19 --check reported problems (rc=${rc}):\n${diags}\n${err}")
endif()
