// The Screen interface: where the render component puts finished Frames. Implemented by
// NcursesScreen (a real terminal) and FakeScreen (tests).
#pragma once

#include "editor/protocol/messages.hpp"
#include "editor/render/frame.hpp"

#include <string_view>

namespace trio::render {

// Owned and called by one thread only (the render component's); implementations need not
// be thread-safe. Errors that make the terminal unusable are thrown from the constructor;
// the methods below do not throw for terminal trouble.
class Screen {
public:
    virtual ~Screen() = default;
    Screen(const Screen&) = delete;
    Screen& operator=(const Screen&) = delete;

    // The size frames should be laid out for, as last read. Does not block.
    [[nodiscard]] virtual protocol::TerminalSize size() const = 0;

    // Re-reads the terminal's size (after SIGWINCH), adopts it and returns it.
    virtual protocol::TerminalSize refresh_size() = 0;

    // Shows `frame`: the only side effect of rendering. May block while the terminal
    // drains its output. A frame of another size than size() is drawn where it overlaps.
    virtual void present(const Frame& frame) = 0;

    // Puts `text` on the terminal's clipboard (OSC 52, clipboard_sequence.hpp), between
    // frames. The terminal may ignore it; nothing tells whether it did. May block like
    // present().
    virtual void copy_to_clipboard(std::string_view text) = 0;

protected:
    Screen() = default;
};

} // namespace trio::render
