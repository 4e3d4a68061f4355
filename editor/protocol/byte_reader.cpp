// Bounds-checked little-endian reads for the protocol decoder; see byte_reader.hpp.
// Runs in whichever component receives over the process transport.
#include "editor/protocol/byte_reader.hpp"

namespace trio::protocol {

void ByteReader::fail(const std::string& problem) const {
    throw DecodeError(problem + " at byte " + std::to_string(m_pos));
}

void ByteReader::require(std::size_t n, std::string_view field) const {
    if (n > remaining()) {
        throw DecodeError("truncated at byte " + std::to_string(m_pos) + ": '" +
                          std::string(field) + "' needs " + std::to_string(n) + " bytes, " +
                          std::to_string(remaining()) + " remain");
    }
}

std::uint64_t ByteReader::read_le(std::size_t width, std::string_view field) {
    require(width, field);
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < width; ++i) {
        v |= static_cast<std::uint64_t>(m_bytes[m_pos + i]) << (8 * i);
    }
    m_pos += width;
    return v;
}

std::uint8_t ByteReader::u8(std::string_view field) {
    return static_cast<std::uint8_t>(read_le(1, field));
}

std::uint16_t ByteReader::u16(std::string_view field) {
    return static_cast<std::uint16_t>(read_le(2, field));
}

std::uint32_t ByteReader::u32(std::string_view field) {
    return static_cast<std::uint32_t>(read_le(4, field));
}

std::uint64_t ByteReader::u64(std::string_view field) {
    return read_le(8, field);
}

std::int64_t ByteReader::i64(std::string_view field) {
    // Well defined since C++20: conversion to a signed type is modulo 2^64.
    return static_cast<std::int64_t>(read_le(8, field));
}

bool ByteReader::boolean(std::string_view field) {
    const std::size_t at = m_pos;
    const std::uint8_t v = u8(field);
    if (v > 1) {
        throw DecodeError("invalid bool " + std::to_string(v) + " for '" + std::string(field) +
                          "' at byte " + std::to_string(at));
    }
    return v == 1;
}

std::string ByteReader::string(std::string_view field) {
    const std::uint32_t length = u32(field);
    require(length, field);
    const auto* first = reinterpret_cast<const char*>(m_bytes.data() + m_pos);
    m_pos += length;
    return std::string(first, length);
}

std::uint32_t ByteReader::count(std::string_view field, std::size_t min_element_bytes) {
    const std::size_t at = m_pos;
    const std::uint32_t n = u32(field);
    // Division instead of n * min_element_bytes: the product cannot overflow this way.
    if (min_element_bytes > 0 && n > remaining() / min_element_bytes) {
        throw DecodeError("count " + std::to_string(n) + " for '" + std::string(field) +
                          "' at byte " + std::to_string(at) + " needs at least " +
                          std::to_string(min_element_bytes) + " bytes each, only " +
                          std::to_string(remaining()) + " remain");
    }
    return n;
}

void ByteReader::expect_end() const {
    if (remaining() != 0) {
        throw DecodeError(std::to_string(remaining()) +
                          " trailing bytes after the message at byte " + std::to_string(m_pos));
    }
}

} // namespace trio::protocol
