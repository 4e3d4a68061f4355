// A terminal emulator (libvterm) that turns a program's output into the text grid a user sees;
// the e2e tests assert on it.
#pragma once

#include "tests/e2e/harness/terminal_size.hpp"

#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

struct VTerm;
struct VTermScreen;

namespace trio::e2e {

struct CursorPosition {
    int row = 0; // 0-based
    int col = 0; // 0-based screen column (a double-width character takes two)

    bool operator==(const CursorPosition&) const = default;
};

// Receives the terminal's answers to queries in the fed output (device attributes, cursor
// position reports...), which must reach the program as if typed: write them to the pty.
using ReplySink = std::function<void(std::string_view)>;

// An xterm-like screen of a fixed size, UTF-8, with an alternate screen. Single-threaded;
// non-copyable, non-movable (libvterm holds a pointer to it).
class VtermScreen {
public:
    VtermScreen(TerminalSize size, ReplySink reply);
    ~VtermScreen();
    VtermScreen(const VtermScreen&) = delete;
    VtermScreen& operator=(const VtermScreen&) = delete;

    // Interprets program output; may call the reply sink before it returns.
    void feed(std::string_view bytes);
    // Resizes the emulated screen (pair with PtySession::resize).
    void resize(TerminalSize size);

    [[nodiscard]] TerminalSize size() const { return m_size; }
    // One UTF-8 string per row, as a user sees it: empty cells are spaces, a double-width
    // character appears once (and takes two columns), combining characters follow their base.
    [[nodiscard]] std::vector<std::string> rows() const;
    [[nodiscard]] CursorPosition cursor() const;
    [[nodiscard]] bool cursor_visible() const { return m_cursor_visible; }
    [[nodiscard]] bool alternate_screen() const { return m_alternate_screen; }
    // Lines that scrolled off the top of the screen, oldest first (at most max_scrollback):
    // what a program printed after leaving the alternate screen, e.g. a sanitizer report.
    [[nodiscard]] const std::deque<std::string>& scrollback() const { return m_scrollback; }
    static constexpr std::size_t max_scrollback = 2000;
    // Whether the cell is drawn in reverse video (e.g. trio's status bar). Out of range: false.
    [[nodiscard]] bool reverse_at(int row, int col) const;
    // One character per cell and row, for the `colours` file: '#' a reverse-video cell,
    // otherwise its foreground colour: '.' the default, k r g y b m c w the ANSI colours 0-7
    // (black red green yellow blue magenta cyan white), K R G Y B M C W the bright ones
    // 8-15, '?' any other (a 256-colour index or RGB).
    [[nodiscard]] std::vector<std::string> colour_rows() const;

private:
    friend struct VtermCallbacks; // libvterm's C callbacks, in the .cpp

    TerminalSize m_size;
    ReplySink m_reply;
    VTerm* m_vterm = nullptr;
    VTermScreen* m_screen = nullptr;
    bool m_cursor_visible = true;
    bool m_alternate_screen = false;
    std::deque<std::string> m_scrollback;
};

} // namespace trio::e2e
