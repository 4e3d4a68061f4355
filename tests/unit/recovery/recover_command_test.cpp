// `trio --recover FILE -o OUT`: exit statuses, the bytes written (or not), and the one line
// that says what happened. Tests for recovery's command, run in the launcher's process.
#include "editor/recovery/recover_command.hpp"
#include "editor/state/state_dir.hpp"
#include "recovery_test_support.hpp"

#include <cstdio>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

namespace trio::recovery {
namespace {

using namespace testing;

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

// A file, its journal in a scratch state directory, and where the recovered text goes.
struct Scene {
    ScratchDir dir;
    state::StateEnvironment environment{dir / "state", std::nullopt};
    std::string file = dir / "notes.txt";
    std::string out = dir / "recovered.txt";
    std::string journal;
    std::ostringstream messages;

    explicit Scene(const std::string& text) {
        write_file(file, text);
        journal = state::StateDir::open(environment).journal_path(file);
    }
    void leave(const std::vector<journal::JournalRecord>& records) const {
        leave_journal(journal, file, records);
    }
    int run(const std::string& to) {
        return run_recover_command(environment, file, to, "trio", messages);
    }
    [[nodiscard]] std::string message() const { return messages.str(); }
};

// One line on stderr says what happened, and names the file it is about.
void expect_one_line_naming(const std::string& message, const std::string& name) {
    EXPECT_EQ(message.find('\n'), message.size() - 1) << message;
    EXPECT_TRUE(message.starts_with("trio: ")) << message;
    EXPECT_NE(message.find(name), std::string::npos) << message;
}

TEST(RecoverCommand, ACompleteJournalIsWrittenToOutWithStatus0) {
    Scene scene("hello\n");
    scene.leave({insert_op(1, 5, ", world"), erase_op(2, 0, "h"), insert_op(3, 0, "H")});
    const std::string journal_before = read_file(scene.journal);

    EXPECT_EQ(scene.run(scene.out), recover_ok);
    EXPECT_EQ(read_file(scene.out), "Hello, world\n");
    EXPECT_EQ(read_file(scene.file), "hello\n"); // FILE and its journal are left as they are
    EXPECT_EQ(read_file(scene.journal), journal_before);
    expect_one_line_naming(scene.message(), scene.file);
    EXPECT_NE(scene.message().find("recovered 3 edits"), std::string::npos) << scene.message();
    EXPECT_NE(scene.message().find(scene.out), std::string::npos);
}

TEST(RecoverCommand, AnExistingOutIsReplaced) {
    Scene scene("hello\n");
    scene.leave({insert_op(1, 0, "> ")});
    write_file(scene.out, "an older recovery, longer than the new one\n");
    EXPECT_EQ(scene.run(scene.out), recover_ok);
    EXPECT_EQ(read_file(scene.out), "> hello\n");
    EXPECT_NE(scene.message().find("recovered 1 edit "), std::string::npos) << scene.message();
}

TEST(RecoverCommand, ADamagedJournalWritesItsReadablePartWithStatus3) {
    Scene scene("hello\n");
    scene.leave({insert_op(1, 0, "a"), insert_op(2, 1, "b"), insert_op(3, 2, "c")});
    const std::string whole = read_file(scene.journal);
    write_file(scene.journal, whole.substr(0, whole.size() - 2), 0600);

    EXPECT_EQ(scene.run(scene.out), recover_partial);
    EXPECT_EQ(read_file(scene.out), "abhello\n");
    expect_one_line_naming(scene.message(), scene.file);
    EXPECT_NE(scene.message().find("damaged"), std::string::npos) << scene.message();
}

TEST(RecoverCommand, NoJournalIsStatus4AndWritesNothing) {
    Scene scene("hello\n");
    EXPECT_EQ(scene.run(scene.out), recover_nothing);
    EXPECT_FALSE(exists(scene.out));
    expect_one_line_naming(scene.message(), scene.file);
    EXPECT_NE(scene.message().find(scene.journal), std::string::npos) << scene.message();
}

TEST(RecoverCommand, AJournalEndingWithASaveIsStatus4AndWritesNothing) {
    Scene scene("hello\n");
    scene.leave({insert_op(1, 0, "a"), journal::SavedRecord{SeqNo(1)}});
    EXPECT_EQ(scene.run(scene.out), recover_nothing);
    EXPECT_FALSE(exists(scene.out));
    expect_one_line_naming(scene.message(), scene.file);
}

TEST(RecoverCommand, AFileChangedSinceIsStatus1AndWritesNothing) {
    Scene scene("hello\n");
    scene.leave({insert_op(1, 0, "a")});
    write_file(scene.file, "hello, rewritten\n");
    EXPECT_EQ(scene.run(scene.out), recover_failed);
    EXPECT_FALSE(exists(scene.out));
    expect_one_line_naming(scene.message(), scene.file);
    EXPECT_NE(scene.message().find(journal::describe(journal::IdentityMatch::SizeDiffers)),
              std::string::npos)
        << scene.message();
}

TEST(RecoverCommand, AnUnreadableJournalIsStatus1AndWritesNothing) {
    Scene scene("hello\n");
    write_file(scene.journal, "garbage, not a journal", 0600);
    EXPECT_EQ(scene.run(scene.out), recover_failed);
    EXPECT_FALSE(exists(scene.out));
    expect_one_line_naming(scene.message(), scene.journal);
}

TEST(RecoverCommand, AnUnwritableOutIsStatus1) {
    Scene scene("hello\n");
    scene.leave({insert_op(1, 0, "a")});
    const std::string out = scene.dir / "missing-dir/out.txt";
    EXPECT_EQ(scene.run(out), recover_failed);
    EXPECT_FALSE(exists(scene.dir / "missing-dir"));
    expect_one_line_naming(scene.message(), out);
}

TEST(RecoverCommand, ASymlinkAtTheJournalPathIsStatus1AndIsNotFollowed) {
    Scene scene("hello\n");
    const std::string real = scene.dir / "real.journal";
    leave_journal(real, scene.file, {insert_op(1, 0, "a")});
    ASSERT_EQ(::symlink(real.c_str(), scene.journal.c_str()), 0);
    EXPECT_EQ(scene.run(scene.out), recover_failed);
    EXPECT_FALSE(exists(scene.out));
    expect_one_line_naming(scene.message(), scene.journal);
    EXPECT_NE(scene.message().find("symbolic link"), std::string::npos) << scene.message();
}

TEST(RecoverCommand, AnUnusableStateDirectoryIsStatus1) {
    Scene scene("hello\n");
    const state::StateEnvironment broken{scene.dir / "notes.txt", std::nullopt}; // a file
    EXPECT_EQ(run_recover_command(broken, scene.file, scene.out, "trio", scene.messages),
              recover_failed);
    EXPECT_FALSE(exists(scene.out));
    EXPECT_NE(scene.message().find("nothing written"), std::string::npos) << scene.message();
}

TEST(RecoverCommand, ANewFilesJournalIsRecoveredAlthoughTheFileNeverExisted) {
    Scene scene("");
    ASSERT_EQ(::unlink(scene.file.c_str()), 0);
    write_file(scene.journal, journal_bytes(header_for({}), {insert_op(1, 0, "never saved\n")}),
               0600);
    EXPECT_EQ(scene.run(scene.out), recover_ok);
    EXPECT_EQ(read_file(scene.out), "never saved\n");
}

TEST(RecoverCommand, DashWritesTheTextToStandardOutput) {
    Scene scene("hello\n");
    scene.leave({insert_op(1, 6, "stdout\n")});
    const std::string captured = scene.dir / "stdout";
    std::fflush(stdout);
    const int saved_stdout = ::dup(STDOUT_FILENO);
    const int capture = ::open(captured.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    ASSERT_GE(capture, 0);
    ASSERT_EQ(::dup2(capture, STDOUT_FILENO), STDOUT_FILENO);
    const int status = scene.run("-");
    ::dup2(saved_stdout, STDOUT_FILENO);
    ::close(saved_stdout);
    ::close(capture);

    EXPECT_EQ(status, recover_ok);
    EXPECT_EQ(read_file(captured), "hello\nstdout\n");
    EXPECT_FALSE(exists(scene.dir / "-"));
}

} // namespace
} // namespace trio::recovery
