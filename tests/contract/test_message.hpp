// A small message type and codec for channel tests (an int and a string, like a real message),
// plus the process set-up every channel test needs. Used by the contract and ipc unit tests.
#pragma once

#include <csignal>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace trio::ipc::testing {

struct TestMessage {
    int seq = 0;
    std::string text;
    bool operator==(const TestMessage&) const = default;
};

// Four bytes of sequence number (little-endian), then the text's bytes.
struct TestCodec {
    static void encode(const TestMessage& msg, std::vector<std::byte>& out) {
        const auto seq = static_cast<std::uint32_t>(msg.seq);
        for (unsigned shift = 0; shift < 32; shift += 8) {
            out.push_back(static_cast<std::byte>((seq >> shift) & 0xffU));
        }
        for (const char c : msg.text) {
            out.push_back(static_cast<std::byte>(c));
        }
    }

    static TestMessage decode(std::span<const std::byte> in) {
        if (in.size() < 4) {
            throw std::invalid_argument("TestCodec: message shorter than its header");
        }
        std::uint32_t seq = 0;
        for (unsigned i = 0; i < 4; ++i) {
            seq |= static_cast<std::uint32_t>(in[i]) << (8 * i);
        }
        TestMessage msg{static_cast<int>(seq), {}};
        for (const std::byte b : in.subspan(4)) {
            msg.text.push_back(static_cast<char>(b));
        }
        return msg;
    }
};

// trio's mains ignore SIGPIPE (doorbell.hpp); a test that rings a dead peer's doorbell must
// too, or write() would kill the test process instead of returning EPIPE.
inline void ignore_sigpipe() {
    std::signal(SIGPIPE, SIG_IGN);
}

} // namespace trio::ipc::testing
