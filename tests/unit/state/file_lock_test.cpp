// acquire_lock and take_over_stale: one holder at a time across processes, live holders
// reported, dead and recycled-pid holders recognised as stale, planted symlinks refused.
#include "editor/state/file_lock.hpp"
#include "editor/state/state_error.hpp"
#include "state_test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <vector>

namespace trio::state {
namespace {

using testing::Gate;
using testing::Reports;
using testing::ScratchDir;

constexpr int racers = 8;

struct Fixture {
    ScratchDir scratch;
    StateDir dir = StateDir::open({scratch / "state", std::nullopt});
    std::string file = scratch / "edited.txt";
    std::string lock = dir.lock_path(file);
};

char letter(const LockAttempt& attempt) {
    return std::visit(
        [](const auto& outcome) {
            using T = std::decay_t<decltype(outcome)>;
            return std::is_same_v<T, FileLock> ? 'A' : std::is_same_v<T, HeldBy> ? 'H' : 'S';
        },
        attempt);
}

// A child that takes the lock, reports, waits for `finish`, then either lets FileLock clean up
// or dies with the lock file left behind.
enum class Exit { Clean, LeaveLock };

pid_t child_holding(const Fixture& f, Reports& reports, Gate& finish, Exit how) {
    return testing::spawn([&] {
        LockAttempt attempt = acquire_lock(f.dir, f.file, "trio-proc");
        reports.send(letter(attempt));
        finish.wait();
        if (how == Exit::LeaveLock) {
            ::_exit(0); // no destructors: the lock file stays, as after kill -9
        }
        return 0;
    });
}

TEST(FileLock, AcquiringCreatesAPrivateLockFileDescribingUs) {
    Fixture f;
    LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
    ASSERT_EQ(letter(attempt), 'A');
    const FileLock& lock = std::get<FileLock>(attempt);
    EXPECT_EQ(lock.path(), f.lock);
    EXPECT_EQ(testing::lstat_of(f.lock).st_mode & 07777, 0600U);
    const auto record = parse_lock_record(testing::read_file(f.lock));
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->holder, current_process());
    EXPECT_EQ(record->program, "trio");
    EXPECT_EQ(*record, lock.record());
}

TEST(FileLock, ReleaseAndDestructionRemoveTheLockFile) {
    Fixture f;
    {
        LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
        ASSERT_EQ(letter(attempt), 'A');
        EXPECT_TRUE(testing::exists_no_follow(f.lock));
        FileLock moved = std::move(std::get<FileLock>(attempt));
        moved.release();
        EXPECT_FALSE(testing::exists_no_follow(f.lock));
        moved.release(); // idempotent
    }
    {
        LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
        ASSERT_EQ(letter(attempt), 'A');
    }
    EXPECT_FALSE(testing::exists_no_follow(f.lock));
    EXPECT_EQ(letter(acquire_lock(f.dir, f.file, "trio")), 'A');
}

TEST(FileLock, ASecondAcquireInThisProcessIsHeldByUs) {
    Fixture f;
    const LockAttempt first = acquire_lock(f.dir, f.file, "trio");
    const LockAttempt second = acquire_lock(f.dir, f.file, "trio");
    ASSERT_EQ(letter(second), 'H');
    EXPECT_EQ(std::get<HeldBy>(second).record, std::get<FileLock>(first).record());
    EXPECT_EQ(std::get<HeldBy>(second).lock_path, f.lock);
}

TEST(FileLock, ALiveHolderInAnotherProcessIsReportedWithItsPidAndProgram) {
    Fixture f;
    Reports reports;
    Gate finish;
    const pid_t child = child_holding(f, reports, finish, Exit::Clean);
    ASSERT_EQ(reports.receive(), 'A');
    const LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
    ASSERT_EQ(letter(attempt), 'H');
    const LockRecord& holder = std::get<HeldBy>(attempt).record;
    EXPECT_EQ(holder.holder.pid, child);
    EXPECT_EQ(holder.program, "trio-proc");
    EXPECT_FALSE(holder.since.empty());
    finish.open();
    EXPECT_EQ(testing::reap(child), 0);
    EXPECT_FALSE(testing::exists_no_follow(f.lock)); // the child released it on exit
    EXPECT_EQ(letter(acquire_lock(f.dir, f.file, "trio")), 'A');
}

TEST(FileLock, TheLockOfADeadProcessIsStaleAndCanBeTakenOver) {
    Fixture f;
    Reports reports;
    Gate finish;
    const pid_t child = child_holding(f, reports, finish, Exit::LeaveLock);
    ASSERT_EQ(reports.receive(), 'A');
    finish.open();
    ASSERT_EQ(testing::reap(child), 0);
    ASSERT_TRUE(testing::exists_no_follow(f.lock));

    const LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
    ASSERT_EQ(letter(attempt), 'S');
    const Stale& stale = std::get<Stale>(attempt);
    ASSERT_TRUE(stale.record.has_value());
    EXPECT_EQ(stale.record->holder.pid, child);

    LockAttempt taken = take_over_stale(f.dir, stale, "trio");
    ASSERT_EQ(letter(taken), 'A');
    EXPECT_EQ(parse_lock_record(testing::read_file(f.lock))->holder, current_process());
    std::get<FileLock>(taken).release();
    EXPECT_FALSE(testing::exists_no_follow(f.lock));
}

TEST(FileLock, OurPidWithAWrongStartTimeIsARecycledPidAndStale) {
    Fixture f;
    LockRecord record = make_lock_record("trio");
    record.holder.start_time += 1;
    testing::write_file(f.lock, format_lock_record(record));
    const LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
    ASSERT_EQ(letter(attempt), 'S');
    EXPECT_EQ(std::get<Stale>(attempt).record, record);
}

TEST(FileLock, ALockFromAnotherHostIsNeverCalledStale) {
    Fixture f;
    LockRecord record = make_lock_record("trio");
    record.holder.start_time += 1; // would be stale here
    record.host = "elsewhere";
    testing::write_file(f.lock, format_lock_record(record));
    EXPECT_EQ(letter(acquire_lock(f.dir, f.file, "trio")), 'H');
}

TEST(FileLock, AnUnreadableLockFileIsStaleWithoutARecord) {
    Fixture f;
    testing::write_file(f.lock, "garbage");
    const LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
    ASSERT_EQ(letter(attempt), 'S');
    EXPECT_FALSE(std::get<Stale>(attempt).record.has_value());
    EXPECT_EQ(std::get<Stale>(attempt).seen_text, "garbage");
    EXPECT_EQ(letter(take_over_stale(f.dir, std::get<Stale>(attempt), "trio")), 'A');
}

TEST(FileLock, TakeOverGivesWayWhenTheLockChangedMeanwhile) {
    Fixture f;
    LockRecord dead = make_lock_record("trio");
    dead.holder.start_time += 1;
    testing::write_file(f.lock, format_lock_record(dead));
    const LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
    ASSERT_EQ(letter(attempt), 'S');
    // Another editor took it over first: the file now names a live holder (us).
    testing::write_file(f.lock, format_lock_record(make_lock_record("trio-proc")));
    const LockAttempt again = take_over_stale(f.dir, std::get<Stale>(attempt), "trio");
    ASSERT_EQ(letter(again), 'H');
    EXPECT_EQ(std::get<HeldBy>(again).record.program, "trio-proc");
}

TEST(FileLock, TakeOverOfALockThatHasGoneIsAPlainAcquire) {
    Fixture f;
    testing::write_file(f.lock, "garbage");
    const LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
    ASSERT_EQ(letter(attempt), 'S');
    ASSERT_EQ(::unlink(f.lock.c_str()), 0);
    EXPECT_EQ(letter(take_over_stale(f.dir, std::get<Stale>(attempt), "trio")), 'A');
}

TEST(FileLock, ReleaseLeavesALockFileThatIsNoLongerOurs) {
    Fixture f;
    LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
    ASSERT_EQ(letter(attempt), 'A');
    ASSERT_EQ(::unlink(f.lock.c_str()), 0);
    testing::write_file(f.lock, "someone else's");
    std::get<FileLock>(attempt).release();
    EXPECT_EQ(testing::read_file(f.lock), "someone else's");
}

TEST(FileLock, APlantedSymlinkAtTheLockPathIsRefusedNotFollowed) {
    Fixture f;
    testing::write_file(f.scratch / "victim", "precious");
    ASSERT_EQ(::symlink((f.scratch / "victim").c_str(), f.lock.c_str()), 0);
    EXPECT_THROW((void)acquire_lock(f.dir, f.file, "trio"), StateError);
    EXPECT_EQ(testing::read_file(f.scratch / "victim"), "precious");
    ASSERT_EQ(::unlink(f.lock.c_str()), 0);
    ASSERT_EQ(::symlink((f.scratch / "nowhere").c_str(), f.lock.c_str()), 0);
    EXPECT_THROW((void)acquire_lock(f.dir, f.file, "trio"), StateError);
    EXPECT_FALSE(testing::exists_no_follow(f.scratch / "nowhere"));
}

TEST(FileLock, ALockFileOwnedBySomeoneElseIsRefused) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "needs root to give a file away";
    }
    Fixture f;
    testing::write_file(f.lock, format_lock_record(make_lock_record("trio")));
    ASSERT_EQ(::chown(f.lock.c_str(), testing::nobody, testing::nobody), 0);
    EXPECT_THROW((void)acquire_lock(f.dir, f.file, "trio"), StateError);
}

TEST(FileLock, NoTemporaryFileIsLeftInTheStateDirectory) {
    Fixture f;
    {
        const LockAttempt first = acquire_lock(f.dir, f.file, "trio");
        const LockAttempt second = acquire_lock(f.dir, f.file, "trio");
        ASSERT_EQ(letter(second), 'H');
    }
    EXPECT_TRUE(std::filesystem::is_empty(f.dir.path()));
}

TEST(FileLock, OfManyRacingAcquirersExactlyOneWins) {
    Fixture f;
    Reports reports;
    Gate start;
    Gate finish;
    std::vector<pid_t> children;
    for (int i = 0; i < racers; ++i) {
        children.push_back(testing::spawn([&] {
            start.wait();
            const LockAttempt attempt = acquire_lock(f.dir, f.file, "trio");
            reports.send(letter(attempt));
            finish.wait(); // the winner keeps holding until everyone has tried
            return 0;
        }));
    }
    reports.close_write_end();
    start.open();
    std::string outcomes;
    for (int i = 0; i < racers; ++i) {
        outcomes += reports.receive();
    }
    finish.open();
    for (const pid_t child : children) {
        EXPECT_EQ(testing::reap(child), 0);
    }
    std::sort(outcomes.begin(), outcomes.end());
    EXPECT_EQ(outcomes, "A" + std::string(racers - 1, 'H'));
}

TEST(FileLock, OfManyRacingTakersOfOneStaleLockExactlyOneWins) {
    Fixture f;
    LockRecord dead = make_lock_record("trio");
    dead.holder.start_time += 1;
    testing::write_file(f.lock, format_lock_record(dead));
    Reports reports;
    Gate start;
    Gate finish;
    std::vector<pid_t> children;
    for (int i = 0; i < racers; ++i) {
        children.push_back(testing::spawn([&] {
            const LockAttempt seen = acquire_lock(f.dir, f.file, "trio");
            reports.send(letter(seen));
            if (letter(seen) != 'S') {
                return 1;
            }
            start.wait();
            const LockAttempt attempt = take_over_stale(f.dir, std::get<Stale>(seen), "trio");
            reports.send(letter(attempt));
            finish.wait();
            return 0;
        }));
    }
    reports.close_write_end();
    std::string seen;
    for (int i = 0; i < racers; ++i) {
        seen += reports.receive();
    }
    EXPECT_EQ(seen, std::string(racers, 'S'));
    start.open(); // everyone has seen the stale lock before anyone takes it over
    std::string outcomes;
    for (int i = 0; i < racers; ++i) {
        outcomes += reports.receive();
    }
    finish.open();
    for (const pid_t child : children) {
        EXPECT_EQ(testing::reap(child), 0);
    }
    std::sort(outcomes.begin(), outcomes.end());
    EXPECT_EQ(outcomes, "A" + std::string(racers - 1, 'H'));
}

} // namespace
} // namespace trio::state
