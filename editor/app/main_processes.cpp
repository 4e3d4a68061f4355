// trio-proc: the editor with input, render and autosave as three processes (input's process
// supervises the other two and restarts them when they die), joined by Boost.Interprocess
// message queues (created before fork, their names removed at once).
#include "editor/app/launch.hpp"
#include "editor/protocol/codec.hpp"
#include "ipc/interprocess_channel.hpp"

int main(int argc, char** argv) {
    using namespace trio;
    constexpr auto make = []<class M>(app::ChannelSizes sizes) {
        return ipc::make_interprocess_channel<M, protocol::Codec<M>>(
            {sizes.max_messages, sizes.max_message_bytes});
    };
    return app::launch(argc, argv,
                       {protocol::Design::Processes, "trio-proc",
                        [make] { return app::wire_render(make); },
                        [make] { return app::wire_autosave(make); }});
}
