// Loading a later buffer's file in autosave, independently of input, and checking it is the
// same file. Runs in the autosave component.
#include "editor/autosave/buffer_replica.hpp"

#include "editor/autosave/file_stamp.hpp"
#include "editor/files/file_reader.hpp"
#include "editor/journal/file_identity.hpp"

#include <stdexcept>
#include <sys/stat.h>

namespace trio::autosave {

std::unique_ptr<BufferReplica> open_buffer_replica(const protocol::OpenBuffer& open,
                                                   const std::string& stats_path) {
    JournalSettings settings;
    settings.journal_path = open.journal_path;
    settings.file_path = open.path;
    settings.stats_path = stats_path;
    if (open.path.empty()) {
        return std::make_unique<BufferReplica>(open.buffer, Replica(document::Document()),
                                               settings);
    }
    std::string refusal;
    try {
        files::LoadedFile file = files::load_file(open.path);
        // Looked at after loading: a file replaced or written between input's load and ours
        // shows another stamp, whichever moment it happened.
        struct stat status {};
        const bool exists = ::stat(open.path.c_str(), &status) == 0;
        const protocol::FileStamp stamp = exists ? stamp_of(status) : protocol::FileStamp{};
        if (stamp == open.stamp && file.bytes.size() == stamp.size) {
            if (exists) {
                settings.original = journal::identify(status, file.bytes);
            }
            return std::make_unique<BufferReplica>(
                open.buffer,
                Replica(document::Document(
                    document::OriginalBytes::from_view(file.bytes, std::move(file.storage)))),
                settings);
        }
        refusal = "Cannot save '" + open.path +
                  "': another program changed it while it was being opened; open it again";
    } catch (const std::exception& e) {
        refusal = std::string("Cannot save: ") + e.what();
    }
    settings.journal_path.clear(); // edits are not applied here, so none could be journaled
    auto buffer =
        std::make_unique<BufferReplica>(open.buffer, Replica(document::Document()), settings);
    buffer->refusal = std::move(refusal);
    return buffer;
}

protocol::SaveResult refused_save(const BufferReplica& buffer,
                                  const protocol::SaveRequest& request) {
    protocol::SaveResult result{request.seq, false, 0, 0, buffer.refusal};
    result.buffer = buffer.id;
    return result;
}

} // namespace trio::autosave
