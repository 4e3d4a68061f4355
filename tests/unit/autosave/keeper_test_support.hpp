// Test helpers for the journal keeper: an input document and its replica kept in step, a
// JournalKeeper on a scratch directory, a clock the test moves by hand, and the journal read
// back from disk. Used by the trio_unit_autosave tests only.
#pragma once

#include "editor/autosave/journal_keeper.hpp"
#include "editor/document/document.hpp"
#include "editor/journal/journal_reader.hpp"
#include "editor/journal/journal_replay.hpp"
#include "tests/unit/files/scratch_dir.hpp"

#include <chrono>
#include <string>
#include <sys/stat.h>

namespace trio::autosave::testing {

using namespace std::chrono_literals;
using document::ByteOffset;
using document::ByteRange;
using document::Document;
using document::SeqNo;
using files::testing::read_file;
using files::testing::ScratchDir;
using files::testing::write_file;

// A fixed moment far from the clock's epoch: tests move time by adding to it, never sleep.
inline constexpr Clock::time_point t0{std::chrono::hours(1000)};

inline bool exists_no_follow(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0;
}

// The journal at `path` as the recovery side would read it.
inline journal::JournalContents journal_at(const std::string& path) {
    return journal::read_journal(read_file(path));
}

// The text recovery would rebuild from the journal at `path` over `original`.
inline std::string recovered_text(const std::string& path, std::string_view original) {
    return journal::replay(original, journal_at(path)).text;
}

// What the autosave component holds: the replica, and the keeper journaling its edits. The
// "input" document produces the EditOps, as the input component's would.
class KeptSession {
public:
    KeptSession(std::string journal_path, std::string original, JournalTiming timing = {})
        : m_original(original), m_input(original), m_replica(std::move(original)),
          m_keeper(settings(std::move(journal_path)), timing) {}

    static JournalSettings settings(std::string journal_path) {
        JournalSettings s;
        s.journal_path = std::move(journal_path);
        s.file_path = "notes.txt";
        s.original = journal::FileIdentity{6, 1'700'000'000'000'000'000, 77, 2049, 0x1234};
        return s;
    }

    document::EditOp insert(std::uint64_t at, std::string_view text, Clock::time_point now) {
        return record(m_input.insert(ByteOffset(at), text), now);
    }
    document::EditOp erase(std::uint64_t at, std::uint64_t length, Clock::time_point now) {
        return record(m_input.erase(ByteRange{ByteOffset(at), ByteOffset(at + length)}), now);
    }
    void service(Clock::time_point now) { m_keeper.service(m_replica, now); }

    [[nodiscard]] JournalKeeper& keeper() { return m_keeper; }
    [[nodiscard]] const Document& replica() const { return m_replica; }
    [[nodiscard]] std::string text() const { return m_replica.text(); }
    [[nodiscard]] const std::string& original() const { return m_original; }
    [[nodiscard]] SeqNo last_seq() const { return m_replica.last_seq(); }

private:
    document::EditOp record(document::EditOp op, Clock::time_point now) {
        m_replica.apply(op);
        m_keeper.record(op, m_replica, now);
        return op;
    }

    std::string m_original;
    Document m_input;
    Document m_replica;
    JournalKeeper m_keeper;
};

} // namespace trio::autosave::testing
