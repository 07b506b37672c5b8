# icp_add_test(NAME source... [LIBS lib...] [ENV var=value...])
# One executable per test class; ctest runs it with a fixed C locale so
# messages and sorting are reproducible, and a timeout so nothing can hang CI.
function(icp_add_test name)
    cmake_parse_arguments(ARG "" "" "LIBS;ENV" ${ARGN})
    qt_add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
    icp_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test icp_model ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE ICP_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
                                               ICP_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set(env "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "QT_LOGGING_RULES=icp.*.debug=false" ${ARG_ENV})
    set_tests_properties(${name} PROPERTIES TIMEOUT 300 ENVIRONMENT "${env}")
endfunction()
