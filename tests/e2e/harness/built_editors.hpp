// The two executables under test, from the TRIO_E2E_TRIO / TRIO_E2E_TRIO_PROC paths the test
// target's CMake defines (empty when that executable is not built: its instances skip).
#pragma once

#include "tests/e2e/harness/case_runner.hpp"

#include <vector>

#ifndef TRIO_E2E_TRIO
#define TRIO_E2E_TRIO ""
#endif
#ifndef TRIO_E2E_TRIO_PROC
#define TRIO_E2E_TRIO_PROC ""
#endif

namespace trio::e2e {

inline std::vector<Executable> built_editors() {
    return {{"trio", TRIO_E2E_TRIO, "threads  "}, {"trio-proc", TRIO_E2E_TRIO_PROC, "processes"}};
}

} // namespace trio::e2e
