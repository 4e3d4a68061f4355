// The composition root shared by both executables: parse the command line, load the file,
// set up the terminal, wire the three components and run them with the chosen runtime.
// main_threads.cpp and main_processes.cpp differ only in the Build they pass.
#pragma once

#include "editor/components/channel_ends.hpp"
#include "editor/protocol/messages.hpp"

#include <functional>
#include <memory>
#include <string_view>

namespace trio::app {

// Per-channel capacities, shared by both transports so the two designs queue alike.
struct ChannelSizes {
    std::size_t max_messages;
    std::size_t max_message_bytes; // used by the process transport only
};
inline constexpr ChannelSizes to_render_sizes{4, 256 * 1024};
inline constexpr ChannelSizes to_autosave_sizes{64, 32 * 1024};
inline constexpr ChannelSizes from_render_sizes{8, 256};
inline constexpr ChannelSizes from_autosave_sizes{16, 16 * 1024};

struct Build {
    protocol::Design design; // Threads: ThreadRuntime; Processes: HostedRuntime, restarts
    std::string_view program;
    std::function<components::RenderWiring()> make_render_wiring;
    std::function<components::AutosaveWiring()> make_autosave_wiring;
};

[[nodiscard]] int launch(int argc, char** argv, const Build& build);

// Creates input's two channels with render using `make`, a generic callable invoked as
// `make.template operator()<Message>(ChannelSizes)` returning a {Sender, Receiver} pair.
template <class ChannelFactory> components::RenderWiring wire_render(ChannelFactory make) {
    using namespace protocol;
    auto [to_render, render_in] = make.template operator()<ToRender>(to_render_sizes);
    auto [render_out, from_render] = make.template operator()<ToInputFromRender>(from_render_sizes);
    return {std::move(to_render),
            std::move(from_render),
            {std::move(render_in), std::move(render_out)}};
}

// The same for input's two channels with autosave.
template <class ChannelFactory> components::AutosaveWiring wire_autosave(ChannelFactory make) {
    using namespace protocol;
    auto [to_autosave, autosave_in] = make.template operator()<ToAutosave>(to_autosave_sizes);
    auto [autosave_out, from_autosave] =
        make.template operator()<ToInputFromAutosave>(from_autosave_sizes);
    return {std::move(to_autosave),
            std::move(from_autosave),
            {std::move(autosave_in), std::move(autosave_out)}};
}

// All four channels, each component with its ends.
[[nodiscard]] components::Wiring wire_components(components::RenderWiring render,
                                                 components::AutosaveWiring autosave);

} // namespace trio::app
