# Compiles examples/hello/hello.cpp with the plugin through ccache three
# times: a miss, then a hit with an identical object, then — after the
# plugin file changed — a miss again.
find_program(CCACHE ccache REQUIRED)
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(COPY ${PLUGIN} DESTINATION ${OUT})
get_filename_component(plugin_name ${PLUGIN} NAME)
set(plugin ${OUT}/${plugin_name})
set(ENV{CCACHE_DIR} ${OUT}/cache)
set(ENV{CCACHE_NOHASHDIR} 1)

function(compile obj)
  execute_process(COMMAND ${CCACHE} ${CXX} --target=wasm32-wasi --sysroot=/usr -I ${SRC}/include
      -fplugin=${plugin} -c ${SRC}/examples/hello/hello.cpp -o ${OUT}/${obj}
    RESULT_VARIABLE rc)
  if(rc)
    message(FATAL_ERROR "compiling through ccache failed")
  endif()
endfunction()

function(expect_stats hits misses)
  execute_process(COMMAND ${CCACHE} --print-stats OUTPUT_VARIABLE stats)
  string(REGEX MATCH "direct_cache_hit\t([0-9]+)" _ "${stats}")
  set(direct ${CMAKE_MATCH_1})
  string(REGEX MATCH "preprocessed_cache_hit\t([0-9]+)" _ "${stats}")
  math(EXPR got_hits "${direct} + ${CMAKE_MATCH_1}")
  string(REGEX MATCH "cache_miss\t([0-9]+)" _ "${stats}")
  set(got_misses ${CMAKE_MATCH_1})
  if(NOT got_hits EQUAL hits OR NOT got_misses EQUAL misses)
    message(FATAL_ERROR "expected ${hits} hits and ${misses} misses, got ${got_hits} and ${got_misses}")
  endif()
endfunction()

compile(a.o)
expect_stats(0 1)
compile(b.o)
expect_stats(1 1)
file(READ ${OUT}/a.o a HEX)
file(READ ${OUT}/b.o b HEX)
if(NOT a STREQUAL b)
  message(FATAL_ERROR "the cached object differs from the compiled one")
endif()
# Another plugin build (here: one extra byte) must not reuse the result.
file(APPEND ${plugin} "x")
compile(c.o)
expect_stats(1 2)
