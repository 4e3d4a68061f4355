// The channel ends each component owns. The launcher creates the four channels (thread or
// interprocess transport) and hands each component exactly its ends.
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

} // namespace trio::components
