// JournalWriter on a full disk: errors come back as values and nothing already written is
// lost. Tests for the autosave component's journal.
#include "editor/journal/journal_reader.hpp"
#include "editor/journal/journal_replay.hpp"
#include "editor/journal/journal_writer.hpp"
#include "journal_test_support.hpp"

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>

namespace trio::journal {
namespace {

using namespace testing;

TEST(JournalWriter, AFullDiskIsAnErrorValueAndKeepsThePendingRecords) {
    ipc::UniqueFd full(::open("/dev/full", O_WRONLY | O_CLOEXEC));
    ASSERT_TRUE(full.valid());
    JournalWriter writer(std::move(full));
    writer.write_header(sample_header());
    ASSERT_TRUE(writer.append(EditOp{SeqNo(1), EditOp::Kind::Insert, ByteOffset(0), "lost?"}).ok());
    const std::size_t pending = writer.pending_bytes();

    const JournalStatus status = writer.flush();
    EXPECT_EQ(status.error, ENOSPC);
    EXPECT_EQ(status.message, "cannot write the journal: No space left on device");
    EXPECT_EQ(writer.pending_bytes(), pending);
    EXPECT_EQ(writer.file_bytes(), 0U);
    EXPECT_EQ(writer.sync().error, ENOSPC); // sync flushes first, and fails the same way
    EXPECT_EQ(writer.stats().fsync_calls, 0U);
}

// Writes `journal` to a file whose size limit (RLIMIT_FSIZE) stops the second flush part-way,
// then lifts the limit and flushes again. Runs in a child so the limit and the ignored
// SIGXFSZ do not leak into the test process. Exit status 0 means every step went as expected.
int write_past_a_size_limit(const std::string& path) {
    std::signal(SIGXFSZ, SIG_IGN);
    ipc::UniqueFd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    JournalWriter writer(std::move(fd));
    writer.write_header(sample_header());
    if (!writer.append(EditOp{SeqNo(1), EditOp::Kind::Insert, ByteOffset(0), "kept"}).ok() ||
        !writer.flush().ok()) {
        return 10;
    }
    const rlim_t limit = writer.file_bytes() + 10;
    rlimit rl{limit, RLIM_INFINITY};
    if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) {
        return 11;
    }
    if (!writer.append(EditOp{SeqNo(2), EditOp::Kind::Insert, ByteOffset(4), std::string(100, 'x')})
             .ok()) {
        return 12;
    }
    if (writer.flush().error != EFBIG) {
        return 13; // the first write() stops at the limit, the retry gets EFBIG
    }
    rl.rlim_cur = RLIM_INFINITY;
    if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) {
        return 14;
    }
    if (!writer.append(EditOp{SeqNo(3), EditOp::Kind::Insert, ByteOffset(0), "!"}).ok() ||
        !writer.sync().ok()) {
        return 15;
    }
    return 0;
}

TEST(JournalWriter, AFlushCutShortIsTruncatedAwaySoLaterRecordsStayReadable) {
    const ScratchDir dir;
    const std::string path = (dir / "journal");
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::_exit(write_past_a_size_limit(path));
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0);

    const ipc::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    const JournalContents contents = read_journal(contents_of(fd.get()));
    EXPECT_FALSE(contents.problem.has_value()) << contents.problem->message;
    ASSERT_EQ(contents.records.size(), 3U);
    EXPECT_EQ(replay("", contents).text, "!kept" + std::string(100, 'x'));
}

} // namespace
} // namespace trio::journal
