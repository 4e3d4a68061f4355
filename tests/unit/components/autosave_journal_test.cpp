// The autosave component keeping the recovery journal, run in a thread of the test and fed
// through thread channels as in `trio`: edits reach the journal, a save or DropJournal ends it,
// and input's end without DropJournal keeps it whole.
#include "editor/components/autosave_component.hpp"
#include "editor/journal/journal_reader.hpp"
#include "editor/journal/journal_replay.hpp"
#include "ipc/thread_channel.hpp"
#include "tests/unit/files/scratch_dir.hpp"

#include <chrono>
#include <gtest/gtest.h>
#include <sstream>
#include <thread>

namespace trio::components {
namespace {

using namespace std::chrono_literals;
using document::ByteOffset;
using document::SeqNo;
using files::testing::read_file;
using files::testing::ScratchDir;

bool exists(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

// An autosave component on its own thread, with the test standing in for input.
class AutosaveRun {
public:
    AutosaveRun(const ScratchDir& dir, const std::string& original)
        : m_journal(dir / "notes.journal"), m_stats(dir / "stats"), m_input(original) {
        auto [to_autosave, autosave_in] = ipc::make_thread_channel<protocol::ToAutosave>(64);
        auto [autosave_out, from_autosave] =
            ipc::make_thread_channel<protocol::ToInputFromAutosave>(64);
        m_to_autosave = std::move(to_autosave);
        m_from_autosave = std::move(from_autosave);
        autosave::JournalSettings settings;
        settings.journal_path = m_journal;
        settings.file_path = dir / "notes.txt";
        settings.stats_path = m_stats;
        m_component = std::make_unique<AutosaveComponent>(
            autosave::Replica(document::Document(original)), settings,
            AutosaveEnds{std::move(autosave_in), std::move(autosave_out)}, ComponentContext{});
        m_thread = std::thread([this] { m_status = m_component->run(); });
    }
    AutosaveRun(const AutosaveRun&) = delete;
    AutosaveRun& operator=(const AutosaveRun&) = delete;
    ~AutosaveRun() { end(); }

    void send(const protocol::ToAutosave& msg) {
        ASSERT_EQ(m_to_autosave->send(msg, ipc::Clock::now() + 10s), ipc::SendResult::Sent);
    }
    void insert(std::uint64_t at, std::string_view text) {
        send(m_input.insert(ByteOffset(at), text));
    }
    // The next message of type T from autosave, skipping others; nullopt after 10 s.
    template <class T> std::optional<T> next(const std::function<bool(const T&)>& wanted) {
        const auto deadline = ipc::Clock::now() + 10s;
        while (auto msg = m_from_autosave->receive(deadline)) {
            if (const T* found = std::get_if<T>(&*msg); found != nullptr && wanted(*found)) {
                return *found;
            }
        }
        return std::nullopt;
    }
    // True once autosave reports every edit so far written (it reports after each fsync).
    bool journaled() {
        const SeqNo last = m_input.last_seq();
        return next<protocol::JournalReport>(
                   [last](const protocol::JournalReport& r) { return r.written == last; })
            .has_value();
    }
    // Input ends: its channel closes and autosave finishes.
    int end() {
        if (m_thread.joinable()) {
            m_to_autosave->close();
            m_thread.join();
        }
        return m_status;
    }

    [[nodiscard]] const std::string& journal() const { return m_journal; }
    [[nodiscard]] const std::string& stats() const { return m_stats; }
    [[nodiscard]] std::string text() const { return m_input.text(); }
    [[nodiscard]] SeqNo last_seq() const { return m_input.last_seq(); }

private:
    std::string m_journal;
    std::string m_stats;
    document::Document m_input;
    SenderPtr<protocol::ToAutosave> m_to_autosave;
    ReceiverPtr<protocol::ToInputFromAutosave> m_from_autosave;
    std::unique_ptr<AutosaveComponent> m_component;
    std::thread m_thread;
    int m_status = -1;
};

std::string recovered(const std::string& journal_path, std::string_view original) {
    return journal::replay(original, journal::read_journal(read_file(journal_path))).text;
}

TEST(AutosaveJournal, EditsReachTheJournalFile) {
    ScratchDir dir;
    AutosaveRun run(dir, "hello\n");
    EXPECT_FALSE(exists(run.journal())); // not at open: at the first edit
    run.insert(5, ", world");
    run.insert(0, "中文 ");
    ASSERT_TRUE(run.journaled());
    EXPECT_EQ(recovered(run.journal(), "hello\n"), "中文 hello, world\n");
    EXPECT_EQ(run.end(), 0);
}

// What input times "→ journal written" by: every write, once, in order, up to the last edit.
TEST(AutosaveJournal, ReportsListTheJournalWritesOfTheEdits) {
    ScratchDir dir;
    AutosaveRun run(dir, "");
    run.insert(0, "a");
    run.insert(1, "b");
    run.insert(2, "c");
    std::vector<protocol::JournalWrite> writes;
    const SeqNo last = run.last_seq();
    const auto report = run.next<protocol::JournalReport>([&](const protocol::JournalReport& r) {
        writes.insert(writes.end(), r.recent_writes.begin(), r.recent_writes.end());
        return r.written == last;
    });
    ASSERT_TRUE(report.has_value());
    ASSERT_FALSE(writes.empty());
    EXPECT_EQ(writes.front().first_seq, SeqNo(1));
    EXPECT_EQ(writes.back().last_seq, last);
    for (std::size_t i = 1; i < writes.size(); ++i) {
        EXPECT_EQ(writes[i].first_seq, SeqNo(writes[i - 1].last_seq.value + 1)) << i;
        EXPECT_GE(writes[i].written_ns, writes[i - 1].written_ns) << i;
    }
    EXPECT_EQ(run.end(), 0);
}

TEST(AutosaveJournal, ASuccessfulSaveEndsTheJournalAndTheNextEditStartsAnother) {
    ScratchDir dir;
    AutosaveRun run(dir, "hello\n");
    run.insert(0, "> ");
    ASSERT_TRUE(run.journaled());
    const std::string out = dir / "notes.txt";
    run.send(protocol::SaveRequest{run.last_seq(), out});
    const auto result = run.next<protocol::SaveResult>([](auto&) { return true; });
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->ok) << result->error;
    EXPECT_FALSE(exists(run.journal())); // gone before the result was sent

    run.insert(8, "again\n");
    ASSERT_TRUE(run.journaled());
    const journal::JournalContents contents = journal::read_journal(read_file(run.journal()));
    ASSERT_TRUE(contents.header.has_value());
    EXPECT_EQ(contents.header->base_seq, SeqNo(1));
    journal::FileIdentity saved;
    ASSERT_EQ(journal::identify(out, saved), 0);
    EXPECT_EQ(contents.header->original, saved);
    EXPECT_EQ(recovered(run.journal(), read_file(out)), "> hello\nagain\n");
}

TEST(AutosaveJournal, AFailedSaveKeepsTheJournal) {
    ScratchDir dir;
    AutosaveRun run(dir, "hello\n");
    run.insert(0, "x");
    run.send(protocol::SaveRequest{run.last_seq(), dir / "missing-dir/notes.txt"});
    const auto result = run.next<protocol::SaveResult>([](auto&) { return true; });
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(result->ok);
    EXPECT_EQ(run.end(), 0);
    EXPECT_EQ(recovered(run.journal(), "hello\n"), "xhello\n");
}

TEST(AutosaveJournal, DropJournalDeletesIt) {
    ScratchDir dir;
    AutosaveRun run(dir, "hello\n");
    run.insert(0, "x");
    ASSERT_TRUE(run.journaled());
    run.send(protocol::DropJournal{});
    EXPECT_EQ(run.end(), 0);
    EXPECT_FALSE(exists(run.journal()));
}

TEST(AutosaveJournal, InputEndingWithoutDropJournalKeepsEveryEdit) {
    ScratchDir dir;
    AutosaveRun run(dir, "");
    std::string typed;
    for (int i = 0; i < 200; ++i) {
        const std::string key(1, static_cast<char>('a' + i % 26));
        run.insert(typed.size(), key);
        typed += key;
    }
    EXPECT_EQ(run.end(), 0); // at once: whatever was still queued or pending is written now
    const journal::JournalContents contents = journal::read_journal(read_file(run.journal()));
    EXPECT_FALSE(contents.problem.has_value());
    EXPECT_EQ(contents.last_seq(), SeqNo(200));
    EXPECT_EQ(journal::replay("", contents).text, typed);
}

TEST(AutosaveJournal, TheSessionsJournalCostIsAppendedToTheStatsFile) {
    ScratchDir dir;
    AutosaveRun run(dir, "");
    run.insert(0, "a");
    run.insert(1, "b");
    run.insert(2, "c");
    EXPECT_EQ(run.end(), 0);

    std::istringstream line(read_file(run.stats()));
    std::string records, bytes, writes, fsyncs;
    std::uint64_t n_records = 0, n_bytes = 0, n_writes = 0, n_fsyncs = 0;
    line >> records >> n_records >> bytes >> n_bytes >> writes >> n_writes >> fsyncs >> n_fsyncs;
    EXPECT_EQ(records + bytes + writes + fsyncs, "recordsbyteswritesfsyncs") << line.str();
    EXPECT_EQ(n_records, 3U);
    EXPECT_EQ(n_bytes, read_file(run.journal()).size());
    EXPECT_GE(n_writes, 2U); // the header, then the edits
    EXPECT_GE(n_fsyncs, 1U); // at least the final one
    EXPECT_TRUE(line.str().ends_with("\n"));
}

} // namespace
} // namespace trio::components
