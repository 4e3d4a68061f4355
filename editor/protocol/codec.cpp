// Header framing and per-channel dispatch of the versioned encoding (see codec.hpp and
// docs/protocol.md). Runs at both ends of every process-transport channel in trio-proc.
#include "editor/protocol/codec.hpp"

#include "editor/protocol/byte_reader.hpp"
#include "editor/protocol/byte_writer.hpp"
#include "editor/protocol/message_fields.hpp"

#include <array>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace trio::protocol {

namespace {

constexpr std::uint8_t magic_0 = 'T';
constexpr std::uint8_t magic_1 = '3';

// A channel's message types must stay inside its 16-value block.
constexpr std::size_t max_alternatives_per_channel = 16;

std::string hex_byte(std::uint8_t v) {
    std::array<char, 5> text{};
    std::snprintf(text.data(), text.size(), "0x%02x", static_cast<unsigned>(v));
    return text.data();
}

template <class V>
void encode_message(const V& msg, std::uint8_t base, std::vector<std::byte>& out) {
    static_assert(std::variant_size_v<V> <= max_alternatives_per_channel);
    out.clear();
    std::visit([&out](const auto& m) { out.reserve(header_bytes + payload_hint(m)); }, msg);
    ByteWriter w(out);
    w.u8(magic_0);
    w.u8(magic_1);
    w.u8(protocol_version);
    w.u8(static_cast<std::uint8_t>(base + msg.index()));
    const std::size_t size_at = w.size();
    w.u32(0); // patched below, once the payload's size is known
    std::visit([&w](const auto& m) { write_fields(w, m); }, msg);
    w.patch_u32(size_at, ByteWriter::checked_u32(w.size() - header_bytes, "payload"));
}

template <class V, std::size_t I> V read_alternative(ByteReader& r) {
    std::variant_alternative_t<I, V> m;
    read_fields(r, m);
    return V(std::in_place_index<I>, std::move(m));
}

template <class V, std::size_t... I>
V read_alternative(std::size_t index, ByteReader& r, std::index_sequence<I...>) {
    using Read = V (*)(ByteReader&);
    constexpr std::array<Read, sizeof...(I)> readers{&read_alternative<V, I>...};
    return readers[index](r);
}

template <class V>
V decode_message(std::span<const std::byte> bytes, std::uint8_t base, std::string_view channel) {
    if (bytes.size() < header_bytes) {
        throw DecodeError("message of " + std::to_string(bytes.size()) +
                          " bytes is shorter than the " + std::to_string(header_bytes) +
                          "-byte header");
    }
    ByteReader r(bytes);
    const std::uint8_t m0 = r.u8("magic");
    const std::uint8_t m1 = r.u8("magic");
    if (m0 != magic_0 || m1 != magic_1) {
        throw DecodeError("bad magic " + hex_byte(m0) + " " + hex_byte(m1) +
                          " (expected 'T3'): not a trio message");
    }
    const std::uint8_t version = r.u8("version");
    if (version != protocol_version) {
        throw DecodeError("unsupported protocol version " + std::to_string(version) +
                          " (this build speaks version " + std::to_string(protocol_version) + ")");
    }
    const std::uint8_t type = r.u8("type");
    constexpr std::size_t alternatives = std::variant_size_v<V>;
    if (type < base || static_cast<std::size_t>(type - base) >= alternatives) {
        throw DecodeError("message type " + hex_byte(type) + " is not valid on channel " +
                          std::string(channel) + " (expected " + hex_byte(base) + ".." +
                          hex_byte(static_cast<std::uint8_t>(base + alternatives - 1)) + ")");
    }
    const std::uint32_t declared = r.u32("payload size");
    if (declared != r.remaining()) {
        throw DecodeError("header declares a payload of " + std::to_string(declared) +
                          " bytes but " + std::to_string(r.remaining()) + " follow it");
    }
    V msg = read_alternative<V>(static_cast<std::size_t>(type - base), r,
                                std::make_index_sequence<alternatives>{});
    r.expect_end();
    return msg;
}

} // namespace

void Codec<ToRender>::encode(const ToRender& msg, std::vector<std::byte>& out) {
    encode_message(msg, to_render_base, out);
}

ToRender Codec<ToRender>::decode(std::span<const std::byte> bytes) {
    return decode_message<ToRender>(bytes, to_render_base, "ToRender");
}

void Codec<ToInputFromRender>::encode(const ToInputFromRender& msg, std::vector<std::byte>& out) {
    encode_message(msg, to_input_from_render_base, out);
}

ToInputFromRender Codec<ToInputFromRender>::decode(std::span<const std::byte> bytes) {
    return decode_message<ToInputFromRender>(bytes, to_input_from_render_base, "ToInputFromRender");
}

void Codec<ToAutosave>::encode(const ToAutosave& msg, std::vector<std::byte>& out) {
    encode_message(msg, to_autosave_base, out);
}

ToAutosave Codec<ToAutosave>::decode(std::span<const std::byte> bytes) {
    return decode_message<ToAutosave>(bytes, to_autosave_base, "ToAutosave");
}

void Codec<ToInputFromAutosave>::encode(const ToInputFromAutosave& msg,
                                        std::vector<std::byte>& out) {
    encode_message(msg, to_input_from_autosave_base, out);
}

ToInputFromAutosave Codec<ToInputFromAutosave>::decode(std::span<const std::byte> bytes) {
    return decode_message<ToInputFromAutosave>(bytes, to_input_from_autosave_base,
                                               "ToInputFromAutosave");
}

} // namespace trio::protocol
