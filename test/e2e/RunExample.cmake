# Builds examples/NAME (default: hello) into OUT with the plugin and
# wasmport-js, runs it with Node and compares its output with
# examples/NAME/expected.txt. FLAGS: extra compile and link flags, separated
# by spaces (-std=c++23; -fwasm-exceptions -L<runtime> -lunwind).
if(NOT NAME)
  set(NAME hello)
endif()
separate_arguments(flags UNIX_COMMAND "${FLAGS}")
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(COPY ${SRC}/examples/${NAME}/run.mjs DESTINATION ${OUT})
execute_process(COMMAND ${CXX} --target=wasm32-wasi --sysroot=/usr -I ${SRC}/include
    -fplugin=${PLUGIN} -mexec-model=reactor ${flags} ${SRC}/examples/${NAME}/${NAME}.cpp
    -o ${OUT}/${NAME}.wasm
  RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "compiling examples/${NAME} failed")
endif()
execute_process(COMMAND ${WASMPORT_JS} ${OUT}/${NAME}.wasm --out-dir ${OUT}/pkg --target node
  RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "wasmport-js failed")
endif()
execute_process(COMMAND node ${OUT}/run.mjs OUTPUT_VARIABLE out RESULT_VARIABLE rc)
file(READ ${SRC}/examples/${NAME}/expected.txt want)
if(rc OR NOT out STREQUAL want)
  message(FATAL_ERROR "examples/${NAME} printed:\n${out}\nexpected:\n${want}")
endif()
