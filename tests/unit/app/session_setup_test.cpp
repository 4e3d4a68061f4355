// Before the components start: the file's lock, a leftover journal turned into the startup
// question, and where this session's journal goes. Tests for the launcher's prepare_session.
#include "editor/app/session_setup.hpp"
#include "editor/state/state_dir.hpp"
#include "tests/unit/recovery/recovery_test_support.hpp"

#include <cstdlib>
#include <gtest/gtest.h>
#include <optional>
#include <unistd.h>

namespace trio::app {
namespace {

using namespace recovery::testing;

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

// Sets an environment variable for one test and puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::optional<std::string>& value) : m_name(name) {
        if (const char* old = std::getenv(name)) {
            m_old = old;
        }
        set(value);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;
    ~ScopedEnv() { set(m_old); }

private:
    void set(const std::optional<std::string>& value) const {
        if (value) {
            ::setenv(m_name, value->c_str(), 1);
        } else {
            ::unsetenv(m_name);
        }
    }
    const char* m_name;
    std::optional<std::string> m_old;
};

// A file and a state directory of its own, as the launcher would see them.
struct Scene {
    ScratchDir dir;
    std::string state_home = dir / "state";
    ScopedEnv xdg{"XDG_STATE_HOME", state_home};
    ScopedEnv stats{"TRIO_JOURNAL_STATS", std::nullopt};
    std::string file = dir / "notes.txt";

    explicit Scene(const std::string& text) { write_file(file, text); }

    [[nodiscard]] state::StateDir state_dir() const {
        return state::StateDir::open(state::StateEnvironment{state_home, std::nullopt});
    }
    [[nodiscard]] std::string journal() const { return state_dir().journal_path(file); }
    [[nodiscard]] SessionFile options() const { return SessionFile{file}; }
    [[nodiscard]] SessionSetup prepare() const { return prepare(options()); }
    [[nodiscard]] SessionSetup prepare(const SessionFile& options) const {
        const files::LoadedFile loaded = files::load_file(file);
        return prepare_session(options, "trio", loaded);
    }
};

TEST(SessionSetup, AnEditingSessionLocksTheFileAndJournalsInTheStateDirectory) {
    const Scene scene("hello\n");
    const SessionSetup setup = scene.prepare();
    ASSERT_TRUE(setup.lock.has_value());
    EXPECT_TRUE(exists(setup.lock->path()));
    EXPECT_EQ(setup.journal.journal_path, scene.journal());
    EXPECT_EQ(setup.journal.file_path, scene.file);
    EXPECT_EQ(setup.journal.original, identity_of(scene.file));
    EXPECT_EQ(setup.journal.stats_path, "");
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::None);
    EXPECT_EQ(setup.warning, "");
    EXPECT_FALSE(exists(scene.journal())); // created by autosave at the first edit, not here
}

TEST(SessionSetup, ANewFileHasABlankIdentity) {
    const Scene scene("");
    ASSERT_EQ(::unlink(scene.file.c_str()), 0);
    const SessionSetup setup = scene.prepare();
    EXPECT_EQ(setup.journal.original, journal::FileIdentity{});
    EXPECT_NE(setup.journal.journal_path, "");
}

TEST(SessionSetup, AViewerNeitherLocksNorJournals) {
    const Scene scene("hello\n");
    SessionFile options = scene.options();
    options.read_only = true;
    const SessionSetup setup = scene.prepare(options);
    EXPECT_FALSE(setup.lock.has_value());
    EXPECT_EQ(setup.journal.journal_path, "");
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::None);
}

TEST(SessionSetup, AnUnnamedBufferNeitherLocksNorJournals) {
    const Scene scene("");
    const SessionSetup setup = prepare_session(SessionFile{}, "trio", files::LoadedFile{});
    EXPECT_FALSE(setup.lock.has_value());
    EXPECT_EQ(setup.journal.journal_path, "");
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::None);
    EXPECT_EQ(setup.warning, "");
}

TEST(SessionSetup, NoJournalStillLocksTheFile) {
    const Scene scene("hello\n");
    SessionFile options = scene.options();
    options.no_journal = true;
    const SessionSetup setup = scene.prepare(options);
    EXPECT_TRUE(setup.lock.has_value());
    EXPECT_EQ(setup.journal.journal_path, "");
}

TEST(SessionSetup, TheStatsPathComesFromTheEnvironment) {
    const Scene scene("hello\n");
    const ScopedEnv stats("TRIO_JOURNAL_STATS", scene.dir / "stats");
    EXPECT_EQ(scene.prepare().journal.stats_path, scene.dir / "stats");
}

TEST(SessionSetup, AJournalThatAppliesBecomesTheRecoveryQuestion) {
    const Scene scene("hello\n");
    leave_journal(scene.journal(), scene.file, {insert_op(1, 0, "a"), insert_op(2, 1, "b")});
    const SessionSetup setup = scene.prepare();
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::Recovery);
    EXPECT_TRUE(setup.question.text.starts_with("Recover the unsaved edits from "))
        << setup.question.text;
    EXPECT_EQ(setup.question.records.size(), 2U);
    EXPECT_EQ(setup.question.edits, 2U);
    EXPECT_FALSE(setup.question.damaged);
    EXPECT_TRUE(exists(scene.journal())); // kept until the user answers
    EXPECT_EQ(setup.journal.journal_path, scene.journal());
}

TEST(SessionSetup, ADamagedJournalOffersOnlyTheRecordsThatApply) {
    const Scene scene("hello\n");
    leave_journal(scene.journal(), scene.file,
                  {insert_op(1, 0, "a"), insert_op(2, 1, "b"), insert_op(3, 2, "c")});
    const std::string whole = read_file(scene.journal());
    write_file(scene.journal(), whole.substr(0, whole.size() - 1), 0600);
    const SessionSetup setup = scene.prepare();
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::Recovery);
    EXPECT_EQ(setup.question.records.size(), 2U);
    EXPECT_TRUE(setup.question.damaged);
    EXPECT_NE(setup.question.text.find("damaged"), std::string::npos);
}

TEST(SessionSetup, AJournalWithNothingToRecoverIsRemovedWithoutAQuestion) {
    const Scene scene("hello\n");
    leave_journal(scene.journal(), scene.file,
                  {insert_op(1, 0, "a"), journal::SavedRecord{SeqNo(1)}});
    const SessionSetup setup = scene.prepare();
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::None);
    EXPECT_EQ(setup.question.text, "");
    EXPECT_FALSE(exists(scene.journal()));
}

TEST(SessionSetup, AJournalForAChangedFileCannotBeRecovered) {
    const Scene scene("hello\n");
    leave_journal(scene.journal(), scene.file, {insert_op(1, 0, "a")});
    write_file(scene.file, "rewritten meanwhile\n");
    const SessionSetup setup = scene.prepare();
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::RecoveryImpossible);
    EXPECT_NE(setup.question.text.find("cannot be applied"), std::string::npos)
        << setup.question.text;
    EXPECT_TRUE(setup.question.records.empty());
}

TEST(SessionSetup, AnUnreadableJournalCannotBeRecovered) {
    const Scene scene("hello\n");
    write_file(scene.journal(), "not a journal", 0600);
    const SessionSetup setup = scene.prepare();
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::RecoveryImpossible);
    EXPECT_NE(setup.question.text.find("Unreadable"), std::string::npos) << setup.question.text;
}

TEST(SessionSetup, AFileOpenInARunningEditorAsksWithItsPid) {
    const Scene scene("hello\n");
    leave_journal(scene.journal(), scene.file, {insert_op(1, 0, "a")}); // the other's journal
    const state::StateDir dir = scene.state_dir();
    state::LockAttempt other = state::acquire_lock(dir, scene.file, "trio-proc");
    ASSERT_TRUE(std::holds_alternative<state::FileLock>(other));

    const SessionSetup setup = scene.prepare();
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::LockHeld);
    const std::string pid = "(pid " + std::to_string(::getpid()) + ")";
    EXPECT_TRUE(setup.question.text.starts_with("Already open in trio-proc " + pid + " since "))
        << setup.question.text;
    EXPECT_TRUE(setup.question.text.ends_with(" UTC. Open read-only?")) << setup.question.text;
    EXPECT_FALSE(setup.lock.has_value());
    EXPECT_EQ(setup.journal.journal_path, ""); // the other editor's journal is not ours
    EXPECT_TRUE(exists(scene.journal()));
}

TEST(SessionSetup, TheLockOfADeadEditorIsTakenOver) {
    const Scene scene("hello\n");
    const state::StateDir dir = scene.state_dir();
    state::LockRecord dead = state::make_lock_record("trio");
    dead.holder.start_time += 1; // our pid, another start time: a process long gone
    write_file(dir.lock_path(scene.file), state::format_lock_record(dead), 0600);

    const SessionSetup setup = scene.prepare();
    ASSERT_TRUE(setup.lock.has_value());
    EXPECT_EQ(setup.lock->record().holder, state::current_process());
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::None);
}

TEST(SessionSetup, ASymlinkAtTheJournalPathIsAWarningNotAQuestion) {
    const Scene scene("hello\n");
    const std::string real = scene.dir / "real.journal";
    leave_journal(real, scene.file, {insert_op(1, 0, "a")});
    ASSERT_EQ(::symlink(real.c_str(), scene.journal().c_str()), 0);
    const SessionSetup setup = scene.prepare();
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::None);
    EXPECT_TRUE(setup.warning.starts_with("Journal: ")) << setup.warning;
    EXPECT_NE(setup.warning.find("symbolic link"), std::string::npos) << setup.warning;
    // Autosave gets the path and refuses it too, so the status line says the journal failed.
    EXPECT_EQ(setup.journal.journal_path, scene.journal());
    EXPECT_TRUE(setup.lock.has_value());
}

TEST(SessionSetup, AnUnusableStateDirectoryIsAWarningAndNoJournal) {
    const Scene scene("hello\n");
    ASSERT_EQ(::mkdir(scene.state_home.c_str(), 0755), 0);
    write_file(scene.state_home + "/trio", "a file where the directory should be");
    const SessionSetup setup = scene.prepare();
    EXPECT_TRUE(setup.warning.starts_with("No recovery journal: ")) << setup.warning;
    EXPECT_EQ(setup.journal.journal_path, "");
    EXPECT_FALSE(setup.lock.has_value());
    EXPECT_EQ(setup.question.prompt, protocol::Prompt::None);
}

} // namespace
} // namespace trio::app
