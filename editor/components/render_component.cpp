// The render component's event loop: views in, frames out, clipboard copies passed on (OSC 52),
// SIGWINCH handled via signalfd.
#include "editor/components/render_component.hpp"

#include "editor/render/frame_builder.hpp"
#include "editor/terminal/signal_fd.hpp"

#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <optional>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace trio::components {

namespace {
// Size reports are tiny and rare; if input cannot take one within this time it is stuck.
constexpr std::chrono::seconds size_send_timeout{2};

// Tells input when a key's view reached the terminal, if the F2 panel asked. Never waits:
// a timing input has no room for is dropped (the panel shows the others).
void report_frame_drawn(ipc::Sender<protocol::ToInputFromRender>& to_input,
                        const protocol::ViewMessage& drawn) {
    if (drawn.wants_frame_timing && drawn.key_read_ns != 0) {
        (void)to_input.try_send(
            protocol::FrameTiming{drawn.key_read_ns, drawn.view_sent_ns, monotonic_now_ns()});
    }
}
} // namespace

RenderComponent::RenderComponent(RenderEnds ends, ComponentContext context,
                                 ScreenFactory open_screen, Start start)
    : m_ends(std::move(ends)), m_context(std::move(context)), m_open_screen(std::move(open_screen)),
      m_start(start), m_fault(m_context.fault, "render") {}

int RenderComponent::run() {
    int status = 0;
    try {
        if (m_start == Start::Replacement) {
            // CAN: the dead render may have been cut off inside an escape sequence; this ends
            // it, so the terminal reads the new screen's first sequence as one.
            [[maybe_unused]] const ssize_t n = ::write(m_context.tty_out, "\x18", 1);
        }
        {
            std::unique_ptr<render::Screen> screen = m_open_screen(m_context);
            status = loop(*screen);
        } // the screen is closed here: alternate screen left, cursor shown, paste mode off
        // Input has ended (quit, signal or killed): give the terminal its settings back, so
        // that even a killed input leaves a usable shell. Not after a failure of render's own,
        // when input (still running) gets a new render on the raw terminal.
        if (m_context.cooked_mode != nullptr) {
            (void)::tcsetattr(m_context.tty_in, TCSANOW, m_context.cooked_mode);
        }
    } catch (const std::exception& e) {
        report_fatal(m_context, "render", e.what());
        status = 70;
    }
    m_ends.to_input->close();
    return status;
}

int RenderComponent::loop(render::Screen& screen) {
    terminal::SignalFd winch({SIGWINCH});
    render::FrameBuilder frames(render::LayoutOptions{m_context.tab_width});
    protocol::TerminalSize size = screen.size();
    std::optional<protocol::ViewMessage> last;

    auto tell_input = [&] {
        const auto deadline = ipc::Clock::now() + size_send_timeout;
        return m_ends.to_input->send(protocol::TerminalSize{size}, deadline) ==
               ipc::SendResult::Sent;
    };
    if (!tell_input()) {
        return 0; // input is already gone: nothing to draw for
    }
    for (;;) {
        std::array<pollfd, 2> fds{pollfd{m_ends.from_input->ready_fd(), POLLIN, 0},
                                  pollfd{winch.fd(), POLLIN, 0}};
        if (poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            report_fatal(m_context, "render", "poll failed");
            return 1;
        }
        if (fds[1].revents != 0) {
            while (winch.try_read()) {
            }
            size = screen.refresh_size();
            if (last) {
                screen.present(frames.build(*last, size)); // stale but instant
            }
            if (!tell_input()) {
                return 0;
            }
        }
        // Coalescing: only the newest view is drawn, however many arrived. A clipboard copy
        // is not a view: every one reaches the terminal, in the order it came.
        std::optional<protocol::ViewMessage> newest;
        while (auto msg = m_ends.from_input->try_receive()) {
            if (auto* copy = std::get_if<protocol::ClipboardCopy>(&*msg)) {
                screen.copy_to_clipboard(copy->text);
            } else {
                newest = std::get<protocol::ViewMessage>(std::move(*msg));
            }
        }
        if (newest) {
            m_fault.tick();
            last = std::move(newest);
            screen.present(frames.build(*last, size));
            report_frame_drawn(*m_ends.to_input, *last); // present() has written the frame
        }
        if (m_ends.from_input->closed()) {
            return 0;
        }
    }
}

} // namespace trio::components
