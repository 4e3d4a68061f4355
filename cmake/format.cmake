# `format-check` fails when a tracked C++ file differs from .clang-format; `format` rewrites them.
find_program(CLANG_FORMAT clang-format)
if(CLANG_FORMAT)
  file(GLOB_RECURSE TRIO_FORMAT_FILES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/editor/*.cpp ${PROJECT_SOURCE_DIR}/editor/*.hpp
    ${PROJECT_SOURCE_DIR}/ipc/*.cpp ${PROJECT_SOURCE_DIR}/ipc/*.hpp
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.hpp
    ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.hpp)
  add_custom_target(format-check
    COMMAND ${CLANG_FORMAT} --dry-run --Werror ${TRIO_FORMAT_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "Checking clang-format")
  add_custom_target(format
    COMMAND ${CLANG_FORMAT} -i ${TRIO_FORMAT_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} COMMENT "Running clang-format")
endif()
