// The real terminal behind the Screen interface, drawn with ncurses (wide-character build).
// Runs in the render component. The only ncurses user in trio: its header stays out of here.
#pragma once

#include "editor/render/screen.hpp"

#include <memory>

namespace trio::render {

class NcursesScreen final : public Screen {
public:
    // Starts ncurses on the terminal `output_fd` (written) and `input_fd` (the same tty;
    // ncurses wants one but never reads it: input decodes raw bytes itself, so keypad is
    // off and typeahead checks are disabled). Both fds are dup()ed, never closed here.
    // Effects on the process, to know about in the thread build:
    // - if LC_CTYPE is not UTF-8, it is switched to C.UTF-8 (ncursesw writes wide
    //   characters through the locale); set the locale in main() first to avoid this;
    // - ncurses installs handlers for SIGINT, SIGTERM, SIGTSTP and SIGWINCH that are at
    //   SIG_DFL; they are put back as they were before the constructor returns, so signals
    //   stay the launcher's business (call this before other threads change them);
    // - the terminal is switched to raw, no-echo mode (ncurses does it on the output fd);
    // - bracketed paste and xterm mouse reports (terminal_modes.hpp) are switched on: input
    //   decodes both. Colours are used when the terminal has them (has_colors()).
    // Throws std::runtime_error with the reason if ncurses cannot start (e.g. TERM unknown)
    // or no UTF-8 locale exists. One NcursesScreen at a time per process.
    NcursesScreen(int output_fd, int input_fd);

    // Disables mouse reports and bracketed paste and ends ncurses (leaves the alternate screen,
    // restores the terminal modes ncurses saved). Never throws.
    ~NcursesScreen() override;

    [[nodiscard]] protocol::TerminalSize size() const override;

    // ioctl(TIOCGWINSZ) on the output fd, then resizeterm(). Keeps the old size if the
    // terminal reports none (0x0 or an error).
    protocol::TerminalSize refresh_size() override;

    // Draws the rows that differ from the last frame presented (every row after a resize
    // or when the frame's size is not the screen's), places and shows or hides the cursor,
    // then one wnoutrefresh + doupdate: ncurses sends only what changed on the terminal.
    // Handing ncurses only the changed rows matters: a cursor key changes one row of 24,
    // and putting every cell into ncurses cost most of a keystroke. Blocks while the
    // terminal takes the output. Cells whose width the C library judges differently from
    // layout() are drawn as '?' so ncurses' idea of the screen stays true.
    void present(const Frame& frame) override;

    // Writes the OSC 52 sequence straight to the terminal (ncurses has flushed the last
    // frame). Blocks while the terminal takes it.
    void copy_to_clipboard(std::string_view text) override;

private:
    struct Terminal; // ncurses state, defined in ncurses_screen.cpp
    std::unique_ptr<Terminal> m_terminal;
    protocol::TerminalSize m_size;
    Frame m_shown; // the last frame presented; empty when stdscr must be drawn in full
};

} // namespace trio::render
