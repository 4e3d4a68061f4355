// The autosave component's copy of the document: built from the same original text as the
// input component's, kept identical by replaying its EditOps in sequence order, and saved
// from here so the input component never waits on the disk.
#pragma once

#include "editor/document/document.hpp"
#include "editor/protocol/messages.hpp"

namespace trio::autosave {

class Replica {
public:
    explicit Replica(document::Document original);

    // Throws std::logic_error if `op` is not the next in sequence (a lost or repeated edit
    // would silently corrupt the file; stopping is safer).
    void apply(const document::EditOp& op);

    // Atomically writes the replica to request.path. Never throws for I/O errors: they come
    // back as a failed SaveResult with the path and the reason. Unless request.overwrite, a
    // file at the path that is not request.expected is left alone: the result says
    // changed_on_disk. A successful result carries the saved file's stamp.
    [[nodiscard]] protocol::SaveResult save(const protocol::SaveRequest& request) const;

    [[nodiscard]] const document::Document& document() const { return m_doc; }

private:
    document::Document m_doc;
};

} // namespace trio::autosave
