// The render component: owns the terminal output. Draws the newest view (coalescing any
// backlog), puts every ClipboardCopy on the terminal's clipboard, redraws on resize and tells
// input the terminal's size (and, while the F2 panel shows the pipeline latency, when each
// key's frame was drawn).
#pragma once

#include "editor/components/channel_ends.hpp"
#include "editor/components/component_context.hpp"
#include "editor/render/screen.hpp"
#include "ipc/component.hpp"

#include <functional>
#include <memory>

namespace trio::components {

class RenderComponent final : public ipc::Component {
public:
    // The screen is opened inside run(), in the thread or process that draws: ncurses state
    // must live where it is used.
    using ScreenFactory = std::function<std::unique_ptr<render::Screen>(const ComponentContext&)>;

    enum class Start {
        First,       // the session's first render
        Replacement, // replaces one that died (trio-proc): the terminal may hold half a sequence
    };

    RenderComponent(RenderEnds ends, ComponentContext context, ScreenFactory open_screen,
                    Start start = Start::First);

    [[nodiscard]] std::string_view name() const override { return "render"; }
    [[nodiscard]] int run() override;

private:
    int loop(render::Screen& screen);

    RenderEnds m_ends;
    ComponentContext m_context;
    ScreenFactory m_open_screen;
    Start m_start;
    FaultTrigger m_fault;
};

} // namespace trio::components
