// trio: the editor with input, render and autosave as three threads of one process,
// joined by in-process bounded queues.
#include "editor/app/launch.hpp"
#include "ipc/thread_channel.hpp"

int main(int argc, char** argv) {
    using namespace trio;
    constexpr auto make = []<class M>(app::ChannelSizes sizes) {
        return ipc::make_thread_channel<M>(sizes.max_messages);
    };
    return app::launch(argc, argv,
                       {protocol::Design::Threads, "trio",
                        [make] { return app::wire_render(make); },
                        [make] { return app::wire_autosave(make); }});
}
