// trio-proc: the editor with input, render and autosave as three forked processes, joined
// by Boost.Interprocess message queues (created before fork, their names removed at once).
#include "editor/app/launch.hpp"
#include "editor/protocol/codec.hpp"
#include "ipc/interprocess_channel.hpp"
#include "ipc/process_runtime.hpp"

#include <csignal>

int main(int argc, char** argv) {
    using namespace trio;
    auto make_wiring = [] {
        return app::wire_components([]<class M>(app::ChannelSizes sizes) {
            return ipc::make_interprocess_channel<M, protocol::Codec<M>>(
                {sizes.max_messages, sizes.max_message_bytes});
        });
    };
    return app::launch(argc, argv, {protocol::Design::Processes, "trio-proc", make_wiring, [] {
                                        auto runtime = std::make_unique<ipc::ProcessRuntime>();
                                        // Blocked by the launcher; passed on so input can end
                                        // cleanly.
                                        runtime->forward_signals({SIGTERM, SIGHUP, SIGINT});
                                        return runtime;
                                    }});
}
