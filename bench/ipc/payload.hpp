// The ipc benchmarks' message: a sequence number and N bytes, with the trivial codec the
// process transport needs. Sent by the bench side and its peers in trio_ipc_bench.
//
// The codec is deliberately minimal (one copy each way), so a channel benchmark measures the
// transport; the cost of trio's real encoding is measured on its own by codec_bench.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace trio::ipc_bench {

struct Payload {
    std::uint64_t seq = 0;
    std::string bytes;
    bool operator==(const Payload&) const = default;
};

// Encoded: seq (8 bytes, host order: both ends run on this machine), then the bytes.
inline constexpr std::size_t payload_header_bytes = sizeof(std::uint64_t);

struct PayloadCodec {
    // Replaces `out`'s contents, keeping its capacity (the sender reuses one buffer).
    static void encode(const Payload& msg, std::vector<std::byte>& out) {
        out.clear();
        const auto* seq = reinterpret_cast<const std::byte*>(&msg.seq);
        const auto* bytes = reinterpret_cast<const std::byte*>(msg.bytes.data());
        out.insert(out.end(), seq, seq + payload_header_bytes);
        out.insert(out.end(), bytes, bytes + msg.bytes.size());
    }

    // Throws std::invalid_argument for input shorter than the header.
    [[nodiscard]] static Payload decode(std::span<const std::byte> in) {
        if (in.size() < payload_header_bytes) {
            throw std::invalid_argument("bench payload shorter than its 8-byte header");
        }
        Payload msg;
        std::memcpy(&msg.seq, in.data(), payload_header_bytes);
        msg.bytes.assign(reinterpret_cast<const char*>(in.data() + payload_header_bytes),
                         in.size() - payload_header_bytes);
        return msg;
    }
};

} // namespace trio::ipc_bench
