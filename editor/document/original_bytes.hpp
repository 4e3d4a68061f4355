// The immutable original text of a document, shared by every copy of it: the input component's
// Document, the autosave replica (another thread) and, in trio-proc, the forked processes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace trio::document {

// Contract:
// - Immutable once made, so any number of threads may read it at once; share it as
//   std::shared_ptr<const OriginalBytes>.
// - Either owns its bytes (from_string) or views memory that someone else owns (from_view):
//   then `keep_alive` is held for this object's whole life and released when the last Document
//   sharing it is gone (an mmap passes a handle whose deleter munmaps).
// - Non-copyable and non-movable: bytes() of an owned string must not move under its readers.
class OriginalBytes {
public:
    [[nodiscard]] static std::shared_ptr<const OriginalBytes> from_string(std::string bytes);
    [[nodiscard]] static std::shared_ptr<const OriginalBytes>
    from_view(std::string_view bytes, std::shared_ptr<const void> keep_alive);

    OriginalBytes(const OriginalBytes&) = delete;
    OriginalBytes& operator=(const OriginalBytes&) = delete;
    ~OriginalBytes() = default;

    [[nodiscard]] std::string_view bytes() const { return m_bytes; }
    [[nodiscard]] std::uint64_t size() const { return m_bytes.size(); }

private:
    explicit OriginalBytes(std::string bytes);
    OriginalBytes(std::string_view bytes, std::shared_ptr<const void> keep_alive);

    std::string m_owned;
    std::shared_ptr<const void> m_keep_alive;
    std::string_view m_bytes; // into m_owned or into the memory m_keep_alive keeps valid
};

} // namespace trio::document
