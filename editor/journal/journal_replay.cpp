// Replays journal records over the original text; see journal_replay.hpp. Runs in recovery.
#include "editor/journal/journal_replay.hpp"

#include "editor/document/document.hpp"
#include "editor/document/original_bytes.hpp"

namespace trio::journal {

namespace {

using document::ByteOffset;
using document::ByteRange;
using document::Document;
using document::EditOp;

// Applies one edit; an empty string on success, else why it does not apply. The Document's own
// insert()/erase() number their edits from 1, which is why replay checks the journal's
// sequence (the reader did) instead of using Document::apply().
std::string apply_edit(Document& doc, const EditOp& op) {
    const std::uint64_t size = doc.size().value;
    const std::string at = "edit " + std::to_string(op.seq.value) + " at offset " +
                           std::to_string(op.offset.value) + " of " + std::to_string(size);
    if (op.offset.value > size) {
        return at + ": offset past the end";
    }
    if (op.kind == EditOp::Kind::Insert) {
        static_cast<void>(doc.insert(op.offset, op.text));
        return {};
    }
    if (op.text.size() > size - op.offset.value) {
        return at + ": erases past the end";
    }
    const ByteRange range{op.offset, ByteOffset(op.offset.value + op.text.size())};
    if (doc.text(range) != op.text) {
        return at + ": the bytes to erase are not those recorded";
    }
    static_cast<void>(doc.erase(range));
    return {};
}

} // namespace

Recovery replay(std::string_view original, const JournalContents& contents, ReplayText text) {
    Recovery out;
    if (!contents.header) {
        out.problem = contents.problem ? contents.problem->message : "no journal header";
        return out;
    }
    // Views `original` without copying it; the document lives only within this call.
    Document doc(document::OriginalBytes::from_view(original, nullptr));
    out.seq = contents.header->base_seq;
    for (const JournalRecord& record : contents.records) {
        if (const auto* op = std::get_if<EditOp>(&record)) {
            if (std::string error = apply_edit(doc, *op); !error.empty()) {
                out.problem = std::move(error);
                break;
            }
        } else if (const auto* snapshot = std::get_if<SnapshotRecord>(&record)) {
            doc = Document(snapshot->text);
        }
        out.seq = seq_of(record);
        ++out.records_applied;
    }
    if (text == ReplayText::Build) {
        out.text = doc.text();
    }
    if (!out.problem && contents.problem) {
        out.problem = contents.problem->message;
    }
    if (out.problem) {
        out.outcome = Recovery::Outcome::Partial;
    } else if (contents.ends_saved()) {
        out.outcome = Recovery::Outcome::NothingToRecover;
    } else {
        out.outcome = Recovery::Outcome::Recovered;
    }
    return out;
}

OriginalCheck check_original(const JournalHeader& header, const std::string& path) {
    FileIdentity current;
    if (const int error = identify(path, current); error != 0) {
        return OriginalCheck{error, IdentityMatch::Same};
    }
    return OriginalCheck{0, compare(header.original, current)};
}

} // namespace trio::journal
