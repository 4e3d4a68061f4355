// The channel ends each component owns. The launcher creates the four channels (thread or
// interprocess transport) and hands each component exactly its ends; trio-proc's supervisor
// makes fresh ones for a restarted component.
#pragma once

#include "editor/protocol/messages.hpp"
#include "ipc/channel.hpp"

#include <memory>

namespace trio::components {

template <class M> using SenderPtr = std::unique_ptr<ipc::Sender<M>>;
template <class M> using ReceiverPtr = std::unique_ptr<ipc::Receiver<M>>;

struct InputEnds {
    SenderPtr<protocol::ToRender> to_render;
    SenderPtr<protocol::ToAutosave> to_autosave;
    ReceiverPtr<protocol::ToInputFromRender> from_render;
    ReceiverPtr<protocol::ToInputFromAutosave> from_autosave;
};

struct RenderEnds {
    ReceiverPtr<protocol::ToRender> from_input;
    SenderPtr<protocol::ToInputFromRender> to_input;
};

struct AutosaveEnds {
    ReceiverPtr<protocol::ToAutosave> from_input;
    SenderPtr<protocol::ToInputFromAutosave> to_input;
};

struct Wiring {
    InputEnds input;
    RenderEnds render;
    AutosaveEnds autosave;
};

// The two channels between input and render, both ends: made at start-up and again for each
// new render trio-proc starts after a death.
struct RenderWiring {
    SenderPtr<protocol::ToRender> to_render;
    ReceiverPtr<protocol::ToInputFromRender> from_render;
    RenderEnds render;
};

// The same for autosave.
struct AutosaveWiring {
    SenderPtr<protocol::ToAutosave> to_autosave;
    ReceiverPtr<protocol::ToInputFromAutosave> from_autosave;
    AutosaveEnds autosave;
};

} // namespace trio::components
