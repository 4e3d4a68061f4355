// Replaying edits and saving the replica. Runs in the autosave component.
#include "editor/autosave/replica.hpp"

#include "editor/autosave/file_stamp.hpp"
#include "editor/files/atomic_save.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace trio::autosave {

Replica::Replica(document::Document original) : m_doc(std::move(original)) {}

void Replica::apply(const document::EditOp& op) {
    m_doc.apply(op);
}

protocol::SaveResult Replica::save(const protocol::SaveRequest& request) const {
    if (request.seq != m_doc.last_seq()) {
        // Edits travel before the save request on the same channel, so this means a bug.
        return {request.seq, false, 0, 0,
                "Cannot save: the autosave copy is at edit " +
                    std::to_string(m_doc.last_seq().value) + ", the editor at edit " +
                    std::to_string(request.seq.value)};
    }
    if (!request.overwrite) {
        // Another program may have written the file since the editor read it: saving now
        // would silently throw its bytes away. Checked as close to the write as possible.
        if (stamp_of(request.path) != request.expected) {
            protocol::SaveResult changed{request.seq, false, 0, 0,
                                         "'" + request.path +
                                             "' changed on disk since it was read"};
            changed.changed_on_disk = true;
            return changed;
        }
    }
    std::uint64_t newlines = 0;
    bool ends_with_newline = true;
    const document::ByteRange all{document::ByteOffset(0),
                                  document::ByteOffset(m_doc.size().value)};
    const files::SaveOutcome outcome =
        files::atomic_save(request.path, [&](const files::WriteChunk& write) {
            m_doc.for_each_chunk(all, [&](std::string_view chunk) {
                newlines +=
                    static_cast<std::uint64_t>(std::count(chunk.begin(), chunk.end(), '\n'));
                if (!chunk.empty()) {
                    ends_with_newline = chunk.back() == '\n';
                }
                write(chunk);
            });
        });
    // Lines as nano counts them: a last line without '\n' still counts.
    const std::uint64_t lines = newlines + (ends_with_newline ? 0 : 1);
    protocol::SaveResult result{request.seq, outcome.ok, outcome.bytes_written,
                                outcome.ok ? lines : 0, outcome.error};
    if (outcome.ok) {
        result.saved = stamp_of(request.path); // what the next save expects to find
    }
    return result;
}

} // namespace trio::autosave
