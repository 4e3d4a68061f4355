// Appends fixed-width little-endian integers and length-prefixed strings to a byte buffer.
// Used by the protocol codec in whichever component sends over the process transport.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace trio::protocol {

// Writes into a caller-owned vector (appending; never clears it), so the caller can reuse one
// buffer for every message. Not thread-safe; the vector must outlive the writer.
class ByteWriter {
public:
    explicit ByteWriter(std::vector<std::byte>& out) : m_out(&out) {}

    void u8(std::uint8_t v) { m_out->push_back(std::byte{v}); }
    void u16(std::uint16_t v) { put_le(v, 2); }
    void u32(std::uint32_t v) { put_le(v, 4); }
    void u64(std::uint64_t v) { put_le(v, 8); }
    // Two's complement, so -1 is eight 0xff bytes.
    void i64(std::int64_t v) { put_le(static_cast<std::uint64_t>(v), 8); }
    void boolean(bool v) { u8(v ? 1 : 0); }

    // u32 byte count, then the bytes as they are (any bytes, NUL included; no terminator).
    // Throws std::length_error for a string the u32 length cannot describe (>= 4 GiB).
    void string(std::string_view s, std::string_view field) {
        u32(checked_u32(s.size(), field));
        const auto* first = reinterpret_cast<const std::byte*>(s.data());
        m_out->insert(m_out->end(), first, first + s.size());
    }

    // u32 element count; the caller then writes the elements.
    void count(std::size_t n, std::string_view field) { u32(checked_u32(n, field)); }

    [[nodiscard]] std::size_t size() const { return m_out->size(); }

    // Overwrites four bytes already written at `at` (used for the header's size field,
    // which is known only once the payload is written).
    void patch_u32(std::size_t at, std::uint32_t v) {
        for (std::size_t i = 0; i < 4; ++i) {
            (*m_out)[at + i] = std::byte{static_cast<std::uint8_t>(v >> (8 * i))};
        }
    }

    [[nodiscard]] static std::uint32_t checked_u32(std::size_t n, std::string_view field) {
        if (n > std::numeric_limits<std::uint32_t>::max()) {
            throw std::length_error("cannot encode '" + std::string(field) + "': " +
                                    std::to_string(n) + " exceeds the u32 limit of the encoding");
        }
        return static_cast<std::uint32_t>(n);
    }

private:
    void put_le(std::uint64_t v, std::size_t width) {
        for (std::size_t i = 0; i < width; ++i) {
            m_out->push_back(std::byte{static_cast<std::uint8_t>(v >> (8 * i))});
        }
    }

    std::vector<std::byte>* m_out;
};

} // namespace trio::protocol
