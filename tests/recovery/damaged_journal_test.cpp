// Journals damaged after the kill (a flipped byte in the last record, a garbage header):
// recovery keeps to the valid prefix or refuses, never writes garbage, and the editor still
// opens the file. Against trio and trio-proc. Runs in the test process.
#include "tests/recovery/recovery_scenario.hpp"

#include <fstream>

namespace trio::recovery {
namespace {

const std::string original = "first line\n";

class DamagedJournal : public BothEditors {
protected:
    // Leaves the journal of "abc" typed at the start of the file, one record a key.
    void SetUp() override {
        BothEditors::SetUp();
        if (IsSkipped()) {
            return;
        }
        ASSERT_NO_FATAL_FAILURE(
            type_then_kill(m_workspace, editor(), "abc", original, "abc" + original));
    }

    // XORs the journal's byte at `offset` (negative: from the end) with 0x01.
    void flip_journal_byte(std::streamoff offset) const {
        std::fstream journal(m_workspace.journal_path(),
                             std::ios::binary | std::ios::in | std::ios::out);
        journal.seekg(offset, offset < 0 ? std::ios::end : std::ios::beg);
        const auto at = journal.tellg();
        char byte = 0;
        journal.get(byte);
        journal.seekp(at);
        journal.put(static_cast<char>(byte ^ 0x01));
        ASSERT_TRUE(journal.flush()) << "cannot change " << m_workspace.journal_path();
    }

    EditorWorkspace m_workspace{"file.txt", original};
};

TEST_P(DamagedJournal, CorruptLastRecordRecoversThePrefixBeforeIt) {
    // The last record ends with the inserted "c" and its 4-byte CRC.
    ASSERT_NO_FATAL_FAILURE(flip_journal_byte(-5));
    const auto result = recover(m_workspace, editor(), "out.txt");
    EXPECT_EQ(result.status, 3) << describe(result);
    // One record a key: everything before the corrupt record, nothing of it.
    EXPECT_EQ(EditorWorkspace::read(m_workspace.dir() / "out.txt"), "ab" + original);
    EXPECT_EQ(EditorWorkspace::read(m_workspace.file()), original);
}

TEST_P(DamagedJournal, UnreadableHeaderRecoversNothingAndTheFileStillOpens) {
    ASSERT_NO_FATAL_FAILURE(flip_journal_byte(0)); // the magic "TRIOJNL1"
    const auto result = recover(m_workspace, editor(), "out.txt");
    EXPECT_EQ(result.status, 1) << describe(result);
    EXPECT_FALSE(EditorWorkspace::exists(m_workspace.dir() / "out.txt"))
        << "--recover wrote " << shown(EditorWorkspace::read(m_workspace.dir() / "out.txt"));

    EditorRun run(m_workspace, editor());
    ASSERT_TRUE(run.wait_until_ready()) << run.describe();
    EXPECT_EQ(run.row(0), first_line(original)) << run.describe();
    EXPECT_EQ(run.row(status_row).find("[+]"), std::string::npos) << run.describe();
    run.type("<c-q>");
    expect_clean_exit(run);
    EXPECT_EQ(EditorWorkspace::read(m_workspace.file()), original);
}

INSTANTIATE_TEST_SUITE_P(Recovery, DamagedJournal, ::testing::ValuesIn(both_editors()),
                         editor_name);

} // namespace
} // namespace trio::recovery
