// Reads fixed-width little-endian integers and length-prefixed strings from untrusted bytes,
// bounds-checking every read. Used by the protocol codec in whichever component receives
// over the process transport.
#pragma once

#include "editor/protocol/decode_error.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace trio::protocol {

// A cursor over a byte span it does not own (the span must outlive the reader). Every read
// names the field it reads so that a failure says exactly what was wrong; every failure
// throws DecodeError and leaves nothing half-read that matters. Never reads outside the span.
class ByteReader {
public:
    explicit ByteReader(std::span<const std::byte> bytes) : m_bytes(bytes) {}

    [[nodiscard]] std::uint8_t u8(std::string_view field);
    [[nodiscard]] std::uint16_t u16(std::string_view field);
    [[nodiscard]] std::uint32_t u32(std::string_view field);
    [[nodiscard]] std::uint64_t u64(std::string_view field);
    [[nodiscard]] std::int64_t i64(std::string_view field);
    // Only 0 and 1 are accepted.
    [[nodiscard]] bool boolean(std::string_view field);
    // u32 length, then that many bytes; the length is checked against what remains
    // before anything is allocated.
    [[nodiscard]] std::string string(std::string_view field);
    // u32 element count, checked against what remains assuming each element takes at least
    // `min_element_bytes`, so a corrupt count can never trigger a huge allocation.
    [[nodiscard]] std::uint32_t count(std::string_view field, std::size_t min_element_bytes);

    // Throws unless every byte has been read.
    void expect_end() const;

    // Throws DecodeError("<problem> at byte <position>").
    [[noreturn]] void fail(const std::string& problem) const;

    [[nodiscard]] std::size_t position() const { return m_pos; }
    [[nodiscard]] std::size_t remaining() const { return m_bytes.size() - m_pos; }

private:
    [[nodiscard]] std::uint64_t read_le(std::size_t width, std::string_view field);
    void require(std::size_t n, std::string_view field) const;

    std::span<const std::byte> m_bytes;
    std::size_t m_pos = 0;
};

} // namespace trio::protocol
