// The file lock between editors: a second editor on a file a running one has open is told the
// first one's pid and may open it read-only; the lock of a dead editor is stale and taken over
// without a question. Against trio and trio-proc. Runs in the test process.
#include "editor/state/lock_record.hpp"
#include "editor/state/process_identity.hpp"
#include "tests/recovery/recovery_scenario.hpp"

#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::recovery {
namespace {

const std::string original = "shared\n";

class Locks : public BothEditors {};

// A process that has surely ended: forked, identified while it is a zombie, then reaped.
state::ProcessIdentity dead_process() {
    const pid_t pid = fork();
    if (pid == 0) {
        _exit(0);
    }
    siginfo_t info{};
    waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT); // a zombie, not reaped
    const auto start_time = state::process_start_time(pid).value_or(1);
    waitpid(pid, nullptr, 0);
    return {pid, start_time};
}

TEST_P(Locks, SecondEditorIsToldTheFirstOnesPidAndCanOpenReadOnly) {
    EditorWorkspace workspace("file.txt", original);
    EditorRun first(workspace, editor());
    ASSERT_TRUE(first.wait_until_ready()) << first.describe();
    ASSERT_TRUE(first.wait_until([&] { return EditorWorkspace::exists(workspace.lock_path()); }))
        << "the first editor took no lock\n"
        << first.describe();

    EditorRun second(workspace, editor());
    const auto question = second.expect_row_contains(message_row, "open in");
    ASSERT_TRUE(question.matched) << question.message;
    EXPECT_TRUE(
        shows(second, message_row, editor().name + " (pid " + std::to_string(first.pid()) + ")"))
        << "the question does not name the first editor's program and pid";
    EXPECT_TRUE(shows(second, hints_row, "O Open read-only"));
    ASSERT_TRUE(second.wait_until([&] { return second.pty().input_is_raw(); }));

    second.type("o");
    const auto read_only = second.expect_row_contains(status_row, "[read-only]");
    ASSERT_TRUE(read_only.matched) << read_only.message;
    second.type("x");
    const auto refused = second.expect_row_contains(message_row, "Read-only");
    EXPECT_TRUE(refused.matched) << refused.message;
    EXPECT_EQ(second.row(0), first_line(original)) << second.describe();
    second.type("<c-q>");
    expect_clean_exit(second);

    // The first editor still holds its lock and edits normally.
    EXPECT_TRUE(EditorWorkspace::exists(workspace.lock_path())) << "the second editor took it";
    first.type("first ");
    const auto typed = first.expect_row(0, "first shared");
    EXPECT_TRUE(typed.matched) << typed.message;
    first.type("<c-s>");
    const auto wrote = first.expect_row_contains(message_row, "Wrote");
    EXPECT_TRUE(wrote.matched) << wrote.message;
    first.type("<c-q>");
    expect_clean_exit(first);
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), "first shared\n");
    EXPECT_FALSE(EditorWorkspace::exists(workspace.lock_path())) << "the lock was left";
}

TEST_P(Locks, StaleLockOfADeadEditorIsTakenOverWithoutAQuestion) {
    EditorWorkspace workspace("file.txt", original);
    workspace.make_state_dir();
    const state::LockRecord dead{dead_process(), state::host_name(), "trio",
                                 "2026-01-01T00:00:00Z"};
    EditorWorkspace::write(workspace.lock_path(), state::format_lock_record(dead));
    std::filesystem::permissions(workspace.lock_path(), std::filesystem::perms::owner_read |
                                                            std::filesystem::perms::owner_write);

    EditorRun run(workspace, editor());
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    // A lock question would swallow the key: text on row 0 proves there was none.
    run.type("x");
    const auto typed = run.expect_row(0, "x" + first_line(original));
    ASSERT_TRUE(typed.matched) << typed.message;
    EXPECT_EQ(run.row(message_row).find("open in"), std::string::npos) << run.describe();
    const auto lock =
        state::parse_lock_record(EditorWorkspace::read(workspace.lock_path()).value_or(""));
    ASSERT_TRUE(lock) << "no readable lock while the editor runs: "
                      << shown(EditorWorkspace::read(workspace.lock_path()));
    EXPECT_EQ(lock->holder.pid, run.pid()) << "the stale lock was not taken over";

    run.type("<c-q>");
    const auto prompt = run.expect_row_contains(message_row, "Save modified buffer?");
    ASSERT_TRUE(prompt.matched) << prompt.message;
    run.type("n");
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(workspace.file()), original);
    EXPECT_FALSE(EditorWorkspace::exists(workspace.lock_path())) << "the lock was left";
}

INSTANTIATE_TEST_SUITE_P(Recovery, Locks, ::testing::ValuesIn(both_editors()), editor_name);

} // namespace
} // namespace trio::recovery
