// The render component's FrameTiming answers: one after drawing a key's view when the view
// asks for it (the F2 panel is open), none otherwise. Render runs in a thread of the test.
#include "editor/components/component_context.hpp"
#include "editor/components/render_component.hpp"
#include "editor/render/fake_screen.hpp"
#include "forwarding_screen.hpp"
#include "ipc/thread_channel.hpp"

#include <chrono>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

namespace trio::components {
namespace {

using namespace std::chrono_literals;

using testing::ForwardingScreen;

struct RenderRun {
    std::size_t frames = 0;
    std::vector<protocol::ToInputFromRender> to_input; // after the first TerminalSize
};

// Runs render until it has drawn `view` and input's end of the channel has closed; returns
// what it drew and everything it told input.
RenderRun draw(const protocol::ViewMessage& view) {
    auto [to_render, render_in] = ipc::make_thread_channel<protocol::ToRender>(4);
    auto [render_out, from_render] = ipc::make_thread_channel<protocol::ToInputFromRender>(4);
    render::FakeScreen screen({10, 30});
    RenderComponent component(
        {std::move(render_in), std::move(render_out)}, ComponentContext{},
        [&](const ComponentContext&) { return std::make_unique<ForwardingScreen>(screen); });
    std::thread thread([&] { (void)component.run(); });
    const auto deadline = ipc::Clock::now() + 10s;
    const auto size = from_render->receive(deadline);
    EXPECT_TRUE(size && std::holds_alternative<protocol::TerminalSize>(*size));
    EXPECT_EQ(to_render->try_send(view), ipc::SendResult::Sent);
    to_render->close();
    RenderRun run;
    while (auto msg = from_render->receive(deadline)) {
        run.to_input.push_back(*msg);
    }
    thread.join();
    run.frames = screen.frames().size();
    return run;
}

protocol::ViewMessage key_view(bool wants_frame_timing) {
    protocol::ViewMessage view;
    view.lines.push_back({"typed", document::DisplayColumn(0)});
    view.key_read_ns = 1'000'000;
    view.view_sent_ns = 1'040'000;
    view.wants_frame_timing = wants_frame_timing;
    return view;
}

TEST(RenderFrameTiming, AKeysViewAskingForTimingIsAnsweredOnceAfterItIsDrawn) {
    const protocol::TimestampNs before = monotonic_now_ns();
    const RenderRun run = draw(key_view(true));
    EXPECT_EQ(run.frames, 1U);
    ASSERT_EQ(run.to_input.size(), 1U);
    ASSERT_TRUE(std::holds_alternative<protocol::FrameTiming>(run.to_input[0]));
    const auto& timing = std::get<protocol::FrameTiming>(run.to_input[0]);
    EXPECT_EQ(timing.key_read_ns, 1'000'000);
    EXPECT_EQ(timing.view_sent_ns, 1'040'000);
    EXPECT_GE(timing.frame_drawn_ns, before); // read by render, on the shared clock
}

TEST(RenderFrameTiming, AViewNotAskingIsNotAnswered) {
    const RenderRun run = draw(key_view(false));
    EXPECT_EQ(run.frames, 1U);
    EXPECT_TRUE(run.to_input.empty());
}

TEST(RenderFrameTiming, AViewNoKeyCausedIsNotAnsweredEvenWhenAsking) {
    protocol::ViewMessage refresh = key_view(true);
    refresh.key_read_ns = 0; // the panel's periodic refresh
    const RenderRun run = draw(refresh);
    EXPECT_EQ(run.frames, 1U);
    EXPECT_TRUE(run.to_input.empty());
}

} // namespace
} // namespace trio::components
