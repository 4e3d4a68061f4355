// The journal when the disk or the state directory misbehaves: a planted symlink is refused,
// an unwritable directory or a failed write is an error while editing goes on, and the
// journal recovers everything once it can be written again. Tests for JournalKeeper.
#include "keeper_test_support.hpp"

#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

namespace trio::autosave {
namespace {

using namespace testing;

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

TEST(JournalKeeperFailure, ASymlinkPlantedAtTheJournalPathIsNeverWrittenThrough) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    const std::string victim = dir / "victim";
    write_file(victim, "precious\n");
    ASSERT_EQ(::symlink(victim.c_str(), path.c_str()), 0);
    KeptSession session(path, "hello\n");

    session.insert(0, "typed", t0);
    ASSERT_TRUE(session.keeper().report_due());
    const protocol::JournalReport report = session.keeper().take_report();
    EXPECT_TRUE(contains(report.error, "symbolic link")) << report.error;
    EXPECT_TRUE(contains(report.error, path)) << report.error;
    session.insert(5, " more", t0 + 1s); // editing goes on
    session.service(t0 + 2s);
    session.keeper().finish(session.replica(), t0 + 3s);
    session.keeper().drop();

    EXPECT_EQ(session.text(), "typed morehello\n");
    EXPECT_EQ(read_file(victim), "precious\n");
    EXPECT_TRUE(S_ISLNK(files::testing::stat_of(path).st_mode));
    EXPECT_EQ(dir.entries(), (std::set<std::string>{"f.journal", "victim"}));
    EXPECT_EQ(session.keeper().stats().write_calls, 0U);
}

TEST(JournalKeeperFailure, ADanglingSymlinkDoesNotCreateItsTarget) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    ASSERT_EQ(::symlink((dir / "made-by-us?").c_str(), path.c_str()), 0);
    KeptSession session(path, "");
    session.insert(0, "x", t0);
    session.service(t0);
    EXPECT_NE(session.keeper().take_report().error, "");
    EXPECT_EQ(dir.entries(), std::set<std::string>{"f.journal"});
}

TEST(JournalKeeperFailure, ADirectoryAtTheJournalPathIsRefused) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    ASSERT_EQ(::mkdir(path.c_str(), 0700), 0);
    KeptSession session(path, "");
    session.insert(0, "x", t0);
    EXPECT_TRUE(contains(session.keeper().take_report().error, "not a file of yours"));
    session.keeper().drop();
    EXPECT_TRUE(S_ISDIR(files::testing::stat_of(path).st_mode));
}

TEST(JournalKeeperFailure, AnUnwritableStateDirectoryIsAnErrorAndEditingGoesOn) {
    ScratchDir dir;
    std::filesystem::permissions(dir.path(), std::filesystem::perms(0555));
    // As root only an unprivileged user meets the permission bits.
    const std::string result = files::testing::as_nobody([&dir] {
        KeptSession session(dir / "f.journal", "abc");
        session.insert(3, "d", t0);
        session.insert(4, "e", t0 + 1ms);
        session.service(t0 + 1s);
        const std::string error = session.keeper().take_report().error;
        return session.text() + "|" + error;
    });
    EXPECT_TRUE(result.starts_with("abcde|")) << result;
    EXPECT_TRUE(contains(result, "Permission denied")) << result;
    EXPECT_TRUE(dir.entries().empty());
}

TEST(JournalKeeperFailure, AfterTheDirectoryComesBackTheJournalStartsWithASnapshot) {
    ScratchDir dir;
    const std::string state = dir / "state";
    const std::string path = state + "/f.journal";
    KeptSession session(path, "hello\n");
    session.insert(0, "1", t0);
    session.insert(1, "2", t0);
    session.service(t0);
    const protocol::JournalReport failed = session.keeper().take_report();
    EXPECT_TRUE(contains(failed.error, path)) << failed.error;
    EXPECT_EQ(failed.written, SeqNo(0));

    ASSERT_EQ(::mkdir(state.c_str(), 0700), 0);
    session.insert(2, "3", t0 + 1s);
    session.service(t0 + 1s);
    session.service(t0 + 2s); // and synced
    const journal::JournalContents contents = journal_at(path);
    ASSERT_EQ(contents.records.size(), 1U);
    EXPECT_EQ(std::get<journal::SnapshotRecord>(contents.records.front()).seq, SeqNo(3));
    EXPECT_EQ(recovered_text(path, "hello\n"), "123hello\n");
    ASSERT_TRUE(session.keeper().report_due());
    const protocol::JournalReport recovered = session.keeper().take_report();
    EXPECT_EQ(recovered.error, "");
    EXPECT_EQ(recovered.written, SeqNo(3));

    session.insert(6, "!", t0 + 3s); // and edits follow as edits again
    session.service(t0 + 3s);
    EXPECT_EQ(journal_at(path).records.size(), 2U);
    EXPECT_EQ(recovered_text(path, "hello\n"), "123hel!lo\n");
}

// A write refused part-way (RLIMIT_FSIZE), then allowed again. In a child, so that the limit
// and the ignored SIGXFSZ stay there. Returns "ok" or the first step that went wrong.
std::string write_fails_then_recovers(const std::string& path) {
    std::signal(SIGXFSZ, SIG_IGN);
    KeptSession session(path, "");
    session.insert(0, "kept", t0);
    session.service(t0);
    rlimit limit{static_cast<rlim_t>(files::testing::stat_of(path).st_size) + 10, RLIM_INFINITY};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
        return "setrlimit";
    }
    session.insert(4, std::string(100, 'x'), t0 + 1s);
    session.service(t0 + 1s);
    if (!session.keeper().report_due() || session.keeper().take_report().error.empty()) {
        return "no error reported";
    }
    if (!session.keeper().next_deadline()) {
        return "no retry planned";
    }
    if (journal_at(path).records.size() != 1) {
        return "a torn record was left in the journal";
    }
    session.insert(104, "y", t0 + 2s); // still accepted, still pending
    limit.rlim_cur = RLIM_INFINITY;
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
        return "setrlimit back";
    }
    session.service(t0 + 3s);
    if (session.keeper().take_report().error != "") {
        return "error not cleared";
    }
    const journal::Recovery recovery = journal::replay("", journal_at(path));
    if (recovery.outcome != journal::Recovery::Outcome::Recovered ||
        recovery.text != session.text()) {
        return "journal does not recover: " + recovery.problem.value_or(recovery.text);
    }
    return "ok";
}

// After a failed write the pending records' own deadlines have passed; the retry must still
// wait, or the autosave loop would spin on a full disk. Times are taken a minute in the past
// so that "already due" is certain. Returns "ok" or what went wrong.
std::string retry_waits(const std::string& path) {
    std::signal(SIGXFSZ, SIG_IGN);
    const Clock::time_point base = Clock::now() - 1min;
    KeptSession session(path, "");
    session.insert(0, "kept", base);
    session.service(base);
    const rlimit limit{static_cast<rlim_t>(files::testing::stat_of(path).st_size), RLIM_INFINITY};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
        return "setrlimit";
    }
    session.insert(4, "refused", base + 1s);
    session.service(base + 1s);
    if (session.keeper().take_report().error.empty()) {
        return "no error";
    }
    const auto next = session.keeper().next_deadline();
    if (!next) {
        return "no retry planned";
    }
    return *next > Clock::now() ? "ok" : "the retry is due at once";
}

TEST(JournalKeeperFailure, AFailedWriteIsRetriedAfterAPauseNotAtOnce) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    EXPECT_EQ(files::testing::in_child([&path] { return retry_waits(path); }), "ok");
}

TEST(JournalKeeperFailure, AFailedWriteIsRetriedAndLosesNothing) {
    ScratchDir dir;
    const std::string path = dir / "f.journal";
    EXPECT_EQ(files::testing::in_child([&path] { return write_fails_then_recovers(path); }), "ok");
}

} // namespace
} // namespace trio::autosave
