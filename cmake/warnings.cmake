# Every trio target calls trio_warnings() so the whole tree builds with the same strict flags.
# Not -Wnull-dereference: with g++ 12 at -O2 it fires inside libstdc++'s std::string moves.
# -Wno-restrict: g++ 12 at -O3 (Release) reports `"literal" + std::string` inside libstdc++
# as overlapping memcpy (GCC bug 105329, fixed in g++ 13).
function(trio_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wno-restrict
    $<$<BOOL:${TRIO_WARNINGS_AS_ERRORS}>:-Werror>)
endfunction()
