// The bench side of a channel benchmark: a channel to a peer and one back, made by the same
// factory calls as trio's two mains, and the peer at their far ends (an echo or a drain, on a
// thread for the thread transport, in a forked process for the interprocess one). Used on the
// benchmark thread of trio_ipc_bench.
#pragma once

#include "bench/ipc/payload.hpp"
#include "bench/ipc/peer_runner.hpp"
#include "ipc/channel.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

namespace trio::ipc_bench {

enum class Transport { Thread, Interprocess };

[[nodiscard]] std::string_view transport_name(Transport transport);

enum class PeerRole {
    Echo,  // sends every message back unchanged (try_send), until end-of-stream
    Drain, // receives and drops every message, until end-of-stream
};

// Both channels hold channel_capacity messages (trio's busiest channel, input → autosave,
// holds 64); the interprocess ones carry up to largest_payload bytes of payload.
inline constexpr std::size_t channel_capacity = 64;
inline constexpr std::size_t largest_payload = 64 * 1024;

class ChannelPeer {
public:
    // Creates both channels and starts the peer, which pins itself to `peer_cpu` (or
    // no_cpu). Throws what the channel factories and PeerRunner throw.
    ChannelPeer(Transport transport, PeerRole role, int peer_cpu);
    // finish() if not done yet.
    ~ChannelPeer();
    ChannelPeer(const ChannelPeer&) = delete;
    ChannelPeer& operator=(const ChannelPeer&) = delete;

    // The bench side's ends; only until finish(). Only an Echo peer ever answers.
    [[nodiscard]] ipc::Sender<Payload>& to_peer() { return *m_to_peer; }
    [[nodiscard]] ipc::Receiver<Payload>& from_peer() { return *m_from_peer; }

    // Closes the channel to the peer, waits for the peer to drain it and end, then drops the
    // channel back. Returns the peer's exit status: 0 when it saw a clean end-of-stream.
    [[nodiscard]] int finish();

private:
    std::unique_ptr<ipc::Sender<Payload>> m_to_peer;
    std::unique_ptr<ipc::Receiver<Payload>> m_from_peer;
    std::optional<PeerRunner> m_runner;
};

} // namespace trio::ipc_bench
