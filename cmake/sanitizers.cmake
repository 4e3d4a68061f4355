# TRIO_SANITIZE applies to every target, tests included, so one preset = one instrumented tree.
if(TRIO_SANITIZE)
  add_compile_options(-fsanitize=${TRIO_SANITIZE} -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=${TRIO_SANITIZE})
  if(TRIO_SANITIZE MATCHES "undefined")
    add_compile_options(-fno-sanitize-recover=undefined)
  endif()
  add_compile_definitions(TRIO_SANITIZED=1)
endif()
