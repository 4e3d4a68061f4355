// The autosave component with several buffers, run in a thread of the test and fed through
// thread channels as in `trio`: each buffer has its own replica and journal, SelectBuffer
// routes edits and saves, a later buffer is loaded by autosave itself, and a replacement
// autosave (trio-proc) starts with every buffer.
#include "editor/autosave/file_stamp.hpp"
#include "editor/components/autosave_component.hpp"
#include "editor/journal/journal_reader.hpp"
#include "editor/journal/journal_replay.hpp"
#include "ipc/thread_channel.hpp"
#include "tests/unit/files/scratch_dir.hpp"

#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace trio::components {
namespace {

using namespace std::chrono_literals;
using document::ByteOffset;
using document::SeqNo;
using files::testing::read_file;
using files::testing::ScratchDir;
using files::testing::write_file;

// An autosave component on its own thread; the test stands in for input.
class Autosave {
public:
    // A session's autosave: buffer 0 is `first` (its text), with a journal at `journal`.
    Autosave(const std::string& first, const std::string& journal) {
        auto ends = make_ends();
        autosave::JournalSettings settings;
        settings.file_path = first;
        settings.journal_path = journal;
        start(std::make_unique<AutosaveComponent>(
            autosave::Replica(document::Document(read_file(first))), settings, std::move(ends),
            ComponentContext{}));
    }
    // A replacement autosave with these buffers.
    explicit Autosave(std::vector<AutosaveComponent::RestoredBuffer> buffers) {
        auto ends = make_ends();
        start(std::make_unique<AutosaveComponent>(std::move(buffers), std::move(ends),
                                                  ComponentContext{}));
    }
    Autosave(const Autosave&) = delete;
    Autosave& operator=(const Autosave&) = delete;
    ~Autosave() { (void)end(); }

    void send(const protocol::ToAutosave& msg) {
        ASSERT_EQ(m_to_autosave->send(msg, ipc::Clock::now() + 10s), ipc::SendResult::Sent);
    }
    template <class T> std::optional<T> next() {
        const auto deadline = ipc::Clock::now() + 10s;
        while (auto msg = m_from_autosave->receive(deadline)) {
            if (const T* found = std::get_if<T>(&*msg)) {
                return *found;
            }
        }
        return std::nullopt;
    }
    int end() {
        if (m_thread.joinable()) {
            m_to_autosave->close();
            m_thread.join();
        }
        return m_status;
    }

private:
    AutosaveEnds make_ends() {
        auto [to_autosave, autosave_in] = ipc::make_thread_channel<protocol::ToAutosave>(64);
        auto [autosave_out, from_autosave] =
            ipc::make_thread_channel<protocol::ToInputFromAutosave>(64);
        m_to_autosave = std::move(to_autosave);
        m_from_autosave = std::move(from_autosave);
        return AutosaveEnds{std::move(autosave_in), std::move(autosave_out)};
    }
    void start(std::unique_ptr<AutosaveComponent> component) {
        m_component = std::move(component);
        m_thread = std::thread([this] { m_status = m_component->run(); });
    }

    SenderPtr<protocol::ToAutosave> m_to_autosave;
    ReceiverPtr<protocol::ToInputFromAutosave> m_from_autosave;
    std::unique_ptr<AutosaveComponent> m_component;
    std::thread m_thread;
    int m_status = -1;
};

protocol::SaveRequest save_of(const document::Document& doc, const std::string& path) {
    protocol::SaveRequest request{doc.last_seq(), path};
    request.expected = autosave::stamp_of(path);
    return request;
}

TEST(AutosaveBuffers, EditsAndSavesGoToTheSelectedBuffer) {
    ScratchDir dir;
    write_file(dir / "a.txt", "a");
    write_file(dir / "b.txt", "b");
    Autosave autosave(dir / "a.txt", "");
    document::Document a("a");
    document::Document b("b");
    autosave.send(protocol::OpenBuffer{1, dir / "b.txt", autosave::stamp_of(dir / "b.txt"), ""});
    autosave.send(a.insert(ByteOffset(1), "1"));
    autosave.send(protocol::SelectBuffer{1});
    autosave.send(b.insert(ByteOffset(1), "2"));
    autosave.send(save_of(b, dir / "b.txt"));
    auto saved_b = autosave.next<protocol::SaveResult>();
    ASSERT_TRUE(saved_b && saved_b->ok) << (saved_b ? saved_b->error : "no answer");
    EXPECT_EQ(saved_b->buffer, 1U);
    EXPECT_EQ(saved_b->saved, autosave::stamp_of(dir / "b.txt"));
    autosave.send(protocol::SelectBuffer{0});
    autosave.send(save_of(a, dir / "a.txt"));
    auto saved_a = autosave.next<protocol::SaveResult>();
    ASSERT_TRUE(saved_a && saved_a->ok) << (saved_a ? saved_a->error : "no answer");
    EXPECT_EQ(saved_a->buffer, 0U);
    EXPECT_EQ(read_file(dir / "a.txt"), "a1");
    EXPECT_EQ(read_file(dir / "b.txt"), "b2");
    EXPECT_EQ(autosave.end(), 0);
}

TEST(AutosaveBuffers, ALaterBufferWhoseFileChangedRefusesToSaveWithAReason) {
    ScratchDir dir;
    write_file(dir / "a.txt", "a");
    write_file(dir / "b.txt", "b");
    const protocol::FileStamp as_input_saw_it = autosave::stamp_of(dir / "b.txt");
    write_file(dir / "b.txt", "changed meanwhile");
    Autosave autosave(dir / "a.txt", "");
    autosave.send(protocol::OpenBuffer{1, dir / "b.txt", as_input_saw_it, ""});
    const auto problem = autosave.next<protocol::AutosaveProblem>();
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->buffer, 1U);
    document::Document b("b");
    autosave.send(protocol::SelectBuffer{1});
    autosave.send(b.insert(ByteOffset(0), "x")); // not applied: it would not fit
    autosave.send(protocol::SaveRequest{b.last_seq(), dir / "b.txt", as_input_saw_it, true});
    const auto result = autosave.next<protocol::SaveResult>();
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(result->ok);
    EXPECT_EQ(result->error, problem->error);
    EXPECT_EQ(read_file(dir / "b.txt"), "changed meanwhile");
    EXPECT_EQ(autosave.end(), 0);
}

TEST(AutosaveBuffers, EachBufferKeepsItsOwnJournalUntilItIsDropped) {
    ScratchDir dir;
    write_file(dir / "a.txt", "a");
    write_file(dir / "b.txt", "b");
    const std::string journal_a = dir / "a.journal";
    const std::string journal_b = dir / "b.journal";
    {
        Autosave autosave(dir / "a.txt", journal_a);
        document::Document a("a");
        document::Document b("b");
        autosave.send(
            protocol::OpenBuffer{1, dir / "b.txt", autosave::stamp_of(dir / "b.txt"), journal_b});
        autosave.send(a.insert(ByteOffset(1), "A"));
        autosave.send(protocol::SelectBuffer{1});
        autosave.send(b.insert(ByteOffset(1), "B"));
        autosave.send(protocol::DropJournal{}); // buffer 1 closes without its edits …
        autosave.send(protocol::CloseBuffer{1});
        EXPECT_EQ(autosave.end(), 0); // … and input ends (a signal): buffer 0's stays
    }
    EXPECT_EQ(journal::replay("a", journal::read_journal(read_file(journal_a))).text, "aA");
    struct stat st {};
    EXPECT_NE(::lstat(journal_b.c_str(), &st), 0);
}

TEST(AutosaveBuffers, AReplacementStartsWithEveryBufferOnBufferZero) {
    ScratchDir dir;
    std::vector<AutosaveComponent::RestoredBuffer> buffers;
    document::Document a("text of a");
    document::Document b("text of b");
    buffers.push_back({0, autosave::Replica(a), {"", dir / "a.txt", {}, ""}, false});
    buffers.push_back({5, autosave::Replica(b), {"", dir / "b.txt", {}, ""}, false});
    Autosave autosave(std::move(buffers));
    autosave.send(save_of(a, dir / "a.txt"));
    autosave.send(protocol::SelectBuffer{5});
    autosave.send(b.insert(ByteOffset(0), ">"));
    autosave.send(save_of(b, dir / "b.txt"));
    for (int i = 0; i < 2; ++i) {
        const auto result = autosave.next<protocol::SaveResult>();
        ASSERT_TRUE(result && result->ok) << (result ? result->error : "no answer");
    }
    EXPECT_EQ(read_file(dir / "a.txt"), "text of a");
    EXPECT_EQ(read_file(dir / "b.txt"), ">text of b");
    EXPECT_EQ(autosave.end(), 0);
}

} // namespace
} // namespace trio::components
