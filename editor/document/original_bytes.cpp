// Makes the shared original text of a document, owned or viewed. Runs wherever a Document is
// opened: the input component, and the autosave replica that shares the result.
#include "editor/document/original_bytes.hpp"

#include <utility>

namespace trio::document {

std::shared_ptr<const OriginalBytes> OriginalBytes::from_string(std::string bytes) {
    // Not make_shared: the constructors are private so no one can build one on the stack.
    return std::shared_ptr<const OriginalBytes>(new OriginalBytes(std::move(bytes)));
}

std::shared_ptr<const OriginalBytes>
OriginalBytes::from_view(std::string_view bytes, std::shared_ptr<const void> keep_alive) {
    return std::shared_ptr<const OriginalBytes>(new OriginalBytes(bytes, std::move(keep_alive)));
}

// The view is taken only after m_owned has its final address (the object never moves).
OriginalBytes::OriginalBytes(std::string bytes) : m_owned(std::move(bytes)), m_bytes(m_owned) {}

OriginalBytes::OriginalBytes(std::string_view bytes, std::shared_ptr<const void> keep_alive)
    : m_keep_alive(std::move(keep_alive)), m_bytes(bytes) {}

} // namespace trio::document
