# TRIO_SANITIZE applies to every target, tests included, so one preset = one instrumented tree.
if(TRIO_SANITIZE)
  # -g1 (line tables, no variable info): reports keep file:line; builds are ~20% faster.
  add_compile_options(-fsanitize=${TRIO_SANITIZE} -fno-omit-frame-pointer -g1)
  add_link_options(-fsanitize=${TRIO_SANITIZE})
  if(TRIO_SANITIZE MATCHES "undefined")
    add_compile_options(-fno-sanitize-recover=undefined)
  endif()
  add_compile_definitions(TRIO_SANITIZED=1)
endif()
