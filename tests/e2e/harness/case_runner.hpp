// Runs one e2e case against one editor executable and reports every way it failed.
#pragma once

#include "tests/e2e/harness/e2e_case.hpp"

#include <string>
#include <vector>

namespace trio::e2e {

struct Executable {
    std::string name;  // "trio", "trio-proc": the test name suffix
    std::string path;  // absolute; empty when the target is not built
    std::string label; // 9 characters, what `{design}` stands for: "threads  ", "processes"
};

struct CaseReport {
    bool skipped = false;
    std::string skip_reason;           // the `enabled` script's output
    std::vector<std::string> failures; // empty: the case passed
    std::string actual_screen;         // `screen` file text when the expectation was decided
};

// One run, in a fresh temp dir (removed afterwards): write `in`, run `setup`, start the editor
// under a pty, wait until it reads raw keys on the alternate screen, apply `fsize-limit`, type
// `keys`, expect the screen, type `quit`, then check the exit status, that nothing of the
// editor's session and no "trio.<pid>." object in /dev/shm remains (removing what does), that
// the terminal was restored, `out`, and run `check`. Blocks for at most a few expect_timeout()s.
// Never throws for a case's own failures; a malformed case is reported as a failure too.
[[nodiscard]] CaseReport run_case(const E2eCase& spec, const Executable& editor);

} // namespace trio::e2e
