# Builds examples/hello into OUT with the plugin and wasmport-js, runs it with
# Node and compares its output with examples/hello/expected.txt.
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(COPY ${SRC}/examples/hello/run.mjs DESTINATION ${OUT})
execute_process(COMMAND ${CXX} --target=wasm32-wasi --sysroot=/usr -I ${SRC}/include
    -fplugin=${PLUGIN} -mexec-model=reactor ${SRC}/examples/hello/hello.cpp -o ${OUT}/hello.wasm
  RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "compiling examples/hello failed")
endif()
execute_process(COMMAND ${WASMPORT_JS} ${OUT}/hello.wasm --out-dir ${OUT}/pkg --target node
  RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "wasmport-js failed")
endif()
execute_process(COMMAND node ${OUT}/run.mjs OUTPUT_VARIABLE out RESULT_VARIABLE rc)
file(READ ${SRC}/examples/hello/expected.txt want)
if(rc OR NOT out STREQUAL want)
  message(FATAL_ERROR "examples/hello printed:\n${out}\nexpected:\n${want}")
endif()
