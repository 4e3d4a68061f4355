// The versioned byte encoding of every message in messages.hpp, used by the process
// transport (ipc::InterprocessChannel) in every component of trio-proc. The format is
// documented field by field in docs/protocol.md.
#pragma once

#include "editor/protocol/decode_error.hpp"
#include "editor/protocol/messages.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace trio::protocol {

// Header: magic "T3", version, message type, payload size (u32 little-endian).
inline constexpr std::uint8_t protocol_version = 3;
inline constexpr std::size_t header_bytes = 8;

// Message type = channel base + index of the alternative in the channel's variant, so a
// type byte is unique across all channels and a message sent down the wrong channel is
// rejected rather than misread.
inline constexpr std::uint8_t to_render_base = 0x10;
inline constexpr std::uint8_t to_input_from_render_base = 0x20;
inline constexpr std::uint8_t to_autosave_base = 0x30;
inline constexpr std::uint8_t to_input_from_autosave_base = 0x40;

// Codec<V> exists for each channel variant below, with the shape ipc::InterprocessChannel
// expects:
//  - encode(msg, out): replaces out's contents with the encoding of msg (out.clear(), then
//    append, so a reused buffer keeps its capacity). Throws std::length_error only for a
//    string or list longer than a u32 can count (4 GiB); the transport rejects anything
//    over its own, much smaller, limit.
//  - decode(bytes): the message, or DecodeError with a precise reason for anything else:
//    short input, wrong magic, unknown version, a type not on this channel, a size that
//    does not match, a length or count past the end, an unknown enum value, a bool other
//    than 0/1, trailing bytes. Never reads outside `bytes`.
// Both are pure functions: thread-safe, no state.
template <class V> struct Codec;

template <> struct Codec<ToRender> {
    static void encode(const ToRender& msg, std::vector<std::byte>& out);
    [[nodiscard]] static ToRender decode(std::span<const std::byte> bytes);
};

template <> struct Codec<ToInputFromRender> {
    static void encode(const ToInputFromRender& msg, std::vector<std::byte>& out);
    [[nodiscard]] static ToInputFromRender decode(std::span<const std::byte> bytes);
};

template <> struct Codec<ToAutosave> {
    static void encode(const ToAutosave& msg, std::vector<std::byte>& out);
    [[nodiscard]] static ToAutosave decode(std::span<const std::byte> bytes);
};

template <> struct Codec<ToInputFromAutosave> {
    static void encode(const ToInputFromAutosave& msg, std::vector<std::byte>& out);
    [[nodiscard]] static ToInputFromAutosave decode(std::span<const std::byte> bytes);
};

} // namespace trio::protocol
