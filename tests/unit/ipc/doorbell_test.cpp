// Tests for the doorbell pipe: rings wake the reader, drains quiet it, hang-ups are seen.
#include "ipc/channel.hpp"
#include "ipc/doorbell.hpp"
#include "tests/contract/test_message.hpp"

#include <gtest/gtest.h>

namespace trio::ipc {
namespace {

bool readable_now(int fd) {
    return wait_readable(fd, Deadline::min());
}

class DoorbellTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { testing::ignore_sigpipe(); }
    Doorbell m_bell = make_doorbell();
};

TEST_F(DoorbellTest, AFreshDoorbellIsQuiet) {
    EXPECT_FALSE(readable_now(m_bell.reader.read_fd()));
    const DrainResult drained = m_bell.reader.drain();
    EXPECT_FALSE(drained.rang);
    EXPECT_FALSE(drained.writer_gone);
}

TEST_F(DoorbellTest, ARingMakesTheReaderReadableUntilDrained) {
    ASSERT_EQ(m_bell.writer.ring(), RingResult::Rung);
    ASSERT_EQ(m_bell.writer.ring(), RingResult::Rung);
    EXPECT_TRUE(readable_now(m_bell.reader.read_fd()));
    const DrainResult drained = m_bell.reader.drain();
    EXPECT_TRUE(drained.rang);
    EXPECT_FALSE(drained.writer_gone);
    EXPECT_FALSE(readable_now(m_bell.reader.read_fd()));
}

TEST_F(DoorbellTest, RingingAFullPipeStillCountsAsRung) {
    // A pipe holds 64 KiB by default: ring well past that without ever blocking.
    for (int i = 0; i < 70'000; ++i) {
        ASSERT_EQ(m_bell.writer.ring(), RingResult::Rung) << "ring " << i;
    }
    EXPECT_TRUE(m_bell.reader.drain().rang);
    EXPECT_FALSE(readable_now(m_bell.reader.read_fd()));
}

TEST_F(DoorbellTest, ClosingTheWriterIsSeenAsEofAndStaysReadable) {
    ASSERT_EQ(m_bell.writer.ring(), RingResult::Rung);
    m_bell.writer.close();
    EXPECT_FALSE(m_bell.writer.is_open());
    const DrainResult drained = m_bell.reader.drain();
    EXPECT_TRUE(drained.rang);
    EXPECT_TRUE(drained.writer_gone);
    EXPECT_TRUE(readable_now(m_bell.reader.read_fd()));
    EXPECT_TRUE(m_bell.reader.drain().writer_gone);
}

TEST_F(DoorbellTest, RingingAfterTheReaderIsGoneReportsPeerGone) {
    { DoorbellReader gone = std::move(m_bell.reader); }
    EXPECT_EQ(m_bell.writer.ring(), RingResult::PeerGone);
}

TEST_F(DoorbellTest, RingingAClosedWriterIsAProgrammingError) {
    m_bell.writer.close();
    EXPECT_THROW((void)m_bell.writer.ring(), std::logic_error);
}

} // namespace
} // namespace trio::ipc
