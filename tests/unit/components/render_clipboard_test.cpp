// The render component passes every ClipboardCopy to the screen, in order, while views are
// still coalesced. Render runs in a thread of the test.
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

protocol::ViewMessage view_showing(const std::string& text) {
    protocol::ViewMessage view;
    view.lines.push_back({text, document::DisplayColumn(0)});
    return view;
}

TEST(RenderClipboard, EveryCopyReachesTheScreenInOrderAndTheNewestViewIsDrawn) {
    auto [to_render, render_in] = ipc::make_thread_channel<protocol::ToRender>(8);
    auto [render_out, from_render] = ipc::make_thread_channel<protocol::ToInputFromRender>(4);
    render::FakeScreen screen({10, 30});
    RenderComponent component({std::move(render_in), std::move(render_out)}, ComponentContext{},
                              [&](const ComponentContext&) {
                                  return std::make_unique<testing::ForwardingScreen>(screen);
                              });
    std::thread thread([&] { (void)component.run(); });
    const auto deadline = ipc::Clock::now() + 10s;
    EXPECT_TRUE(from_render->receive(deadline).has_value()); // the TerminalSize
    for (const protocol::ToRender& msg : {protocol::ToRender{view_showing("first")},
                                          protocol::ToRender{protocol::ClipboardCopy{"a"}},
                                          protocol::ToRender{view_showing("second")},
                                          protocol::ToRender{protocol::ClipboardCopy{"b\nc"}}}) {
        EXPECT_EQ(to_render->try_send(msg), ipc::SendResult::Sent);
    }
    to_render->close();
    while (from_render->receive(deadline)) {
    }
    thread.join();
    EXPECT_EQ(screen.clipboard_copies(), (std::vector<std::string>{"a", "b\nc"}));
    ASSERT_FALSE(screen.frames().empty());
    EXPECT_EQ(render::row_text(screen.frames().back(), 0).substr(0, 6), "second");
}

} // namespace
} // namespace trio::components
