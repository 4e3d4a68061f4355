// One mutation of a document, as performed by the input component and replayed by the
// autosave replica. A plain value type so it can cross a thread or process boundary.
#pragma once

#include "editor/document/units.hpp"

#include <string>

namespace trio::document {

struct EditOp {
    enum class Kind : std::uint8_t { Insert = 1, Erase = 2 };

    SeqNo seq; // 1, 2, 3 … in the order the document performed them
    Kind kind = Kind::Insert;
    ByteOffset offset; // where the insert or erase starts
    std::string text;  // Insert: the bytes inserted. Erase: the bytes removed (for undo/journal)

    bool operator==(const EditOp&) const = default;
};

} // namespace trio::document
