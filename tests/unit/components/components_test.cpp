// The three components run in threads of the test and talk through thread channels, as in
// `trio`: keys in through a pipe standing in for the terminal, frames out to a FakeScreen,
// bytes out to a temporary file.
#include "editor/components/autosave_component.hpp"
#include "editor/components/input_component.hpp"
#include "editor/components/render_component.hpp"
#include "editor/render/fake_screen.hpp"
#include "editor/terminal/signal_fd.hpp"
#include "forwarding_screen.hpp"
#include "ipc/thread_channel.hpp"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace trio::components {
namespace {

using namespace std::chrono_literals;

ipc::Deadline soon() {
    return ipc::Clock::now() + 10s;
}

using testing::ForwardingScreen;

TEST(RenderComponent, ReportsTheSizeDrawsTheNewestViewAndEndsWhenInputCloses) {
    auto [to_render, render_in] = ipc::make_thread_channel<protocol::ToRender>(4);
    auto [render_out, from_render] = ipc::make_thread_channel<protocol::ToInputFromRender>(4);
    render::FakeScreen screen({10, 30});
    RenderComponent component(
        {std::move(render_in), std::move(render_out)}, ComponentContext{},
        [&](const ComponentContext&) { return std::make_unique<ForwardingScreen>(screen); });
    int status = -1;
    std::thread thread([&] { status = component.run(); });

    const auto size = from_render->receive(soon());
    ASSERT_TRUE(size.has_value());
    EXPECT_EQ(std::get<protocol::TerminalSize>(*size), (protocol::TerminalSize{10, 30}));
    protocol::ViewMessage view;
    view.lines.push_back({"hello 中文", document::DisplayColumn(0)});
    view.file_name = "f.txt";
    ASSERT_EQ(to_render->try_send(view), ipc::SendResult::Sent);
    to_render->close();
    thread.join();

    EXPECT_EQ(status, 0);
    ASSERT_FALSE(screen.frames().empty());
    EXPECT_EQ(render::row_text(screen.frames().back(), 0).substr(0, 12), "hello 中文");
    EXPECT_TRUE(from_render->receive(soon()) == std::nullopt);
    EXPECT_TRUE(from_render->closed());
}

class TempDir {
public:
    TempDir() {
        char pattern[] = "/tmp/trio-components-XXXXXX";
        m_path = mkdtemp(pattern);
    }
    ~TempDir() { std::system(("rm -rf " + m_path).c_str()); }
    std::string file(std::string_view name) const { return m_path + "/" + std::string(name); }

private:
    std::string m_path;
};

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

TEST(AutosaveComponent, ReplaysEditsSavesAndReportsTheResult) {
    TempDir dir;
    auto [to_autosave, autosave_in] = ipc::make_thread_channel<protocol::ToAutosave>(16);
    auto [autosave_out, from_autosave] = ipc::make_thread_channel<protocol::ToInputFromAutosave>(4);
    document::Document doc("hello\n");
    AutosaveComponent component(
        autosave::Replica(document::Document("hello\n")), autosave::JournalSettings{},
        {std::move(autosave_in), std::move(autosave_out)}, ComponentContext{});
    int status = -1;
    std::thread thread([&] { status = component.run(); });

    ASSERT_EQ(to_autosave->try_send(doc.insert(document::ByteOffset(5), ", 世界")),
              ipc::SendResult::Sent);
    ASSERT_EQ(to_autosave->try_send(protocol::SaveRequest{doc.last_seq(), dir.file("out.txt")}),
              ipc::SendResult::Sent);
    const auto reply = from_autosave->receive(soon());
    ASSERT_TRUE(reply.has_value());
    const auto& result = std::get<protocol::SaveResult>(*reply);
    EXPECT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.lines_written, 1u);
    EXPECT_EQ(read_file(dir.file("out.txt")), "hello, 世界\n");

    ASSERT_EQ(to_autosave->try_send(
                  protocol::SaveRequest{doc.last_seq(), dir.file("missing-dir/out.txt")}),
              ipc::SendResult::Sent);
    const auto failure = from_autosave->receive(soon());
    ASSERT_TRUE(failure.has_value());
    EXPECT_FALSE(std::get<protocol::SaveResult>(*failure).ok);
    EXPECT_NE(std::get<protocol::SaveResult>(*failure).error.find("missing-dir"),
              std::string::npos);

    to_autosave->close();
    thread.join();
    EXPECT_EQ(status, 0);
}

TEST(InputComponent, TurnsKeysIntoEditsAndViewsAndQuitsOnCtrlQ) {
    terminal::block_signals({SIGTERM, SIGHUP, SIGINT});
    int keys[2];
    ASSERT_EQ(pipe(keys), 0);
    auto [to_render, render_in] = ipc::make_thread_channel<protocol::ToRender>(64);
    auto [to_autosave, autosave_in] = ipc::make_thread_channel<protocol::ToAutosave>(64);
    auto [render_out, from_render] = ipc::make_thread_channel<protocol::ToInputFromRender>(4);
    auto [autosave_out, from_autosave] = ipc::make_thread_channel<protocol::ToInputFromAutosave>(4);
    commands::Editor editor(document::Document(""), {"f.txt", 8, false, false});
    ComponentContext context;
    context.tty_in = keys[0];
    InputComponent component(session::Session(std::move(editor), "", {}),
                             {std::move(to_render), std::move(to_autosave), std::move(from_render),
                              std::move(from_autosave)},
                             context);
    int status = -1;
    std::thread thread([&] { status = component.run(); });

    ASSERT_EQ(render_out->try_send(protocol::TerminalSize{10, 40}), ipc::SendResult::Sent);
    const std::string typed = "ab\xe4\xb8\xad";
    ASSERT_EQ(write(keys[1], typed.data(), typed.size()), static_cast<ssize_t>(typed.size()));

    std::string replayed;
    while (replayed != typed) {
        auto msg = autosave_in->receive(soon());
        ASSERT_TRUE(msg.has_value()) << "edits stopped at '" << replayed << "'";
        replayed += std::get<document::EditOp>(*msg).text;
    }
    protocol::ViewMessage view;
    while (view.lines.empty() || view.lines[0].text != typed) {
        auto msg = render_in->receive(soon());
        ASSERT_TRUE(msg.has_value());
        view = std::get<protocol::ViewMessage>(*msg);
    }
    EXPECT_TRUE(view.modified);
    EXPECT_EQ(view.cursor_column, 4u); // two ASCII + one double-width character

    ASSERT_EQ(write(keys[1], "\x11n", 2), 2); // Ctrl-Q, then "n": quit without saving
    thread.join();
    EXPECT_EQ(status, 0);
    // Quitting closes both outgoing channels, which is what ends render and autosave.
    while (render_in->receive(soon())) {
    }
    EXPECT_TRUE(render_in->closed());
    while (autosave_in->receive(soon())) {
    }
    EXPECT_TRUE(autosave_in->closed());
    close(keys[0]);
    close(keys[1]);
}

} // namespace
} // namespace trio::components
