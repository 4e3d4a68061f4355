// LockRecord: the lock file's text round-trips, and anything else is rejected.
#include "editor/state/lock_record.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

namespace trio::state {
namespace {

const LockRecord sample{{1234, 8812345}, "laptop", "trio-proc", "2026-11-27T08:30:00Z"};

TEST(LockRecord, FormatsOneFieldPerLine) {
    EXPECT_EQ(format_lock_record(sample), "trio-lock 1\npid 1234\nstart_time 8812345\n"
                                          "host laptop\nprogram trio-proc\n"
                                          "since 2026-11-27T08:30:00Z\n");
}

TEST(LockRecord, RoundTrips) {
    EXPECT_EQ(parse_lock_record(format_lock_record(sample)), sample);
}

TEST(LockRecord, MakeDescribesThisProcessNow) {
    const LockRecord record = make_lock_record("trio\nforged 1");
    EXPECT_EQ(record.holder, current_process());
    EXPECT_EQ(record.host, host_name());
    EXPECT_EQ(record.program, "trio_forged 1"); // cannot inject a line
    ASSERT_EQ(record.since.size(), 20U) << record.since;
    EXPECT_EQ(record.since[10], 'T');
    EXPECT_EQ(record.since.back(), 'Z');
    EXPECT_EQ(parse_lock_record(format_lock_record(record)), record);
}

TEST(LockRecord, IgnoresUnknownKeys) {
    const auto parsed = parse_lock_record("trio-lock 1\npid 7\nstart_time 9\nboot_id abc\n");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->holder, (ProcessIdentity{7, 9}));
}

TEST(LockRecord, RejectsOtherVersionsAndMissingOrMalformedNumbers) {
    EXPECT_FALSE(parse_lock_record(""));
    EXPECT_FALSE(parse_lock_record("trio-lock 2\npid 7\nstart_time 9\n"));
    EXPECT_FALSE(parse_lock_record("trio-lock 1\nstart_time 9\n"));
    EXPECT_FALSE(parse_lock_record("trio-lock 1\npid 7\n"));
    EXPECT_FALSE(parse_lock_record("trio-lock 1\npid 7x\nstart_time 9\n"));
    EXPECT_FALSE(parse_lock_record("trio-lock 1\npid 0\nstart_time 9\n"));
    EXPECT_FALSE(parse_lock_record("trio-lock 1\npid -5\nstart_time 9\n"));
    EXPECT_FALSE(parse_lock_record("trio-lock 1\npid 7\nstart_time \n"));
}

} // namespace
} // namespace trio::state
