// Builds the benchmark channels and the echo and drain peers (see channel_peer.hpp). The
// peer's run() runs on its own thread or in its forked process; the rest on the benchmark
// thread.
#include "bench/ipc/channel_peer.hpp"

#include "bench/ipc/cpu_pinning.hpp"
#include "ipc/component.hpp"
#include "ipc/interprocess_channel.hpp"
#include "ipc/thread_channel.hpp"

#include <utility>

namespace trio::ipc_bench {

namespace {

template <class M>
using ChannelEnds = std::pair<std::unique_ptr<ipc::Sender<M>>, std::unique_ptr<ipc::Receiver<M>>>;

// The same calls as main_threads.cpp and main_processes.cpp.
ChannelEnds<Payload> make_channel(Transport transport) {
    if (transport == Transport::Thread) {
        return ipc::make_thread_channel<Payload>(channel_capacity);
    }
    return ipc::make_interprocess_channel<Payload, PayloadCodec>(
        {channel_capacity, payload_header_bytes + largest_payload});
}

// A component subclass, as trio's own: it owns exactly its two channel ends.
class PeerComponent final : public ipc::Component {
public:
    PeerComponent(PeerRole role, int cpu, std::unique_ptr<ipc::Receiver<Payload>> in,
                  std::unique_ptr<ipc::Sender<Payload>> out)
        : m_role(role), m_cpu(cpu), m_in(std::move(in)), m_out(std::move(out)) {}

    [[nodiscard]] std::string_view name() const override {
        return m_role == PeerRole::Echo ? "bench-echo" : "bench-drain";
    }

    [[nodiscard]] int run() override {
        pin_this_thread(m_cpu);
        // receive() returns nullopt only at end-of-stream: its deadline never passes.
        while (auto msg = m_in->receive(ipc::Deadline::max())) {
            // Echo: one message is in flight at a time, so the queue back is never Full.
            if (m_role == PeerRole::Echo && m_out->try_send(*msg) != ipc::SendResult::Sent) {
                return 1;
            }
        }
        return 0;
    }

private:
    PeerRole m_role;
    int m_cpu;
    std::unique_ptr<ipc::Receiver<Payload>> m_in;
    std::unique_ptr<ipc::Sender<Payload>> m_out;
};

} // namespace

std::string_view transport_name(Transport transport) {
    return transport == Transport::Thread ? "thread channel" : "interprocess channel";
}

ChannelPeer::ChannelPeer(Transport transport, PeerRole role, int peer_cpu) {
    auto [to_peer, peer_in] = make_channel(transport);
    auto [peer_out, from_peer] = make_channel(transport);
    m_to_peer = std::move(to_peer);
    m_from_peer = std::move(from_peer);
    const Placement placement =
        transport == Transport::Thread ? Placement::Thread : Placement::Process;
    m_runner.emplace(
        placement,
        std::make_unique<PeerComponent>(role, peer_cpu, std::move(peer_in), std::move(peer_out)),
        [this] {
            m_to_peer.reset();
            m_from_peer.reset();
        });
}

ChannelPeer::~ChannelPeer() {
    (void)finish();
}

int ChannelPeer::finish() {
    if (m_to_peer) {
        m_to_peer->close();
    }
    const int status = m_runner ? m_runner->join() : 0;
    m_to_peer.reset();
    m_from_peer.reset();
    return status;
}

} // namespace trio::ipc_bench
