// Draws Frames on a real terminal with ncurses. Runs in the render component; the only file
// in trio that includes <curses.h>, so nothing else depends on ncurses or its macros.
#include "editor/render/ncurses_screen.hpp"

#include "editor/render/clipboard_sequence.hpp"
#include "editor/terminal/terminal_modes.hpp"
#include "editor/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <langinfo.h>
#include <stdexcept>
#include <string>
#include <string_view>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

// Last: curses.h defines function-like macros (erase(), move(), refresh(), …) that must not
// meet the standard headers.
#include <curses.h>

namespace trio::render {

namespace {

// One colour pair per foreground colour, on the terminal's own background (-1): the eight
// ANSI colours every colour terminal has, so nothing depends on 256-colour support.
constexpr short red_pair = 1;
constexpr short green_pair = 2;
constexpr short yellow_pair = 3;
constexpr short magenta_pair = 4;
constexpr short cyan_pair = 5;
constexpr std::array<std::pair<short, short>, 5> colour_pairs{{{red_pair, COLOR_RED},
                                                               {green_pair, COLOR_GREEN},
                                                               {yellow_pair, COLOR_YELLOW},
                                                               {magenta_pair, COLOR_MAGENTA},
                                                               {cyan_pair, COLOR_CYAN}}};
// Signals newterm() takes over when they are at SIG_DFL; see the constructor.
constexpr std::array taken_signals{SIGINT, SIGTERM, SIGTSTP, SIGWINCH};

struct FileCloser {
    void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

std::runtime_error os_error(const std::string& what) {
    return std::runtime_error(what + ": " + std::strerror(errno));
}

// A stdio stream on a duplicate of `fd`, so closing it leaves the caller's fd open.
File open_duplicate(int fd, const char* mode, const char* what) {
    const int copy = ::dup(fd);
    if (copy < 0) {
        throw os_error(std::string("cannot duplicate the terminal's ") + what + " fd");
    }
    std::FILE* file = ::fdopen(copy, mode);
    if (file == nullptr) {
        const std::runtime_error error =
            os_error(std::string("cannot open the terminal's ") + what);
        ::close(copy);
        throw error;
    }
    return File(file);
}

void write_all(int fd, std::string_view bytes) noexcept {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

bool locale_is_utf8() {
    return std::strcmp(::nl_langinfo(CODESET), "UTF-8") == 0;
}

void ensure_utf8_locale() {
    if (locale_is_utf8()) {
        return;
    }
    if (std::setlocale(LC_CTYPE, "C.UTF-8") == nullptr || !locale_is_utf8()) {
        throw std::runtime_error("cannot draw the screen: no UTF-8 locale (C.UTF-8 is missing)");
    }
}

struct Look {
    attr_t attrs = A_NORMAL;
    short pair = 0;
};

// The colour of a syntax class (docs: tests/e2e/cases/README.md lists them for the
// `colours` files); 0 for none.
short pair_of(Attr attr) {
    switch (attr) {
    case Attr::Error:
    case Attr::String:
    case Attr::Number:
        return red_pair;
    case Attr::Type:
    case Attr::Code:
        return green_pair;
    case Attr::LineNumber:
    case Attr::Keyword:
        return yellow_pair;
    case Attr::Preprocessor:
    case Attr::Heading:
    case Attr::Variable:
        return magenta_pair;
    case Attr::Comment:
    case Attr::Emphasis:
        return cyan_pair;
    default:
        return 0;
    }
}

// Without colours, syntax classes and line numbers are drawn plain; errors and headings
// stay bold, so they still stand out.
Look look_of(Attr attr, bool colours) {
    const short pair = colours ? pair_of(attr) : short{0};
    switch (attr) {
    case Attr::StatusBar:
    case Attr::HintKey:
    case Attr::Special:
    case Attr::Selection:
        return {A_REVERSE, 0};
    case Attr::Error:
    case Attr::Heading:
        return {A_BOLD, pair};
    default:
        return {A_NORMAL, pair};
    }
}

// The characters ncurses gets for a cell: the first character and the zero-width ones
// (combining marks) after it, at most CCHARW_MAX. A second spacing character (as in emoji
// ZWJ sequences) is dropped: ncurses would write it and the terminal would advance further
// than layout() planned. Empty if the cell is not valid UTF-8.
std::array<wchar_t, CCHARW_MAX + 1> cell_chars(std::string_view text) {
    std::array<wchar_t, CCHARW_MAX + 1> chars{};
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size() && count < CCHARW_MAX;) {
        const text::DecodedChar decoded = text::decode_utf8(text, pos);
        if (!decoded.valid) {
            return {};
        }
        const auto wide = static_cast<wchar_t>(decoded.codepoint);
        if (count > 0 && ::wcwidth(wide) != 0) {
            break;
        }
        chars[count++] = wide;
        pos += decoded.length;
    }
    // A trailing joiner would invite the terminal to join it with the next cell.
    if (count > 1 && chars[count - 1] == L'\u200D') {
        chars[count - 1] = L'\0';
    }
    return chars;
}

void draw_cell(int row, int column, const Cell& cell, Look look) {
    const std::array<wchar_t, CCHARW_MAX + 1> chars = cell_chars(cell.text);
    cchar_t drawn{};
    if (chars[0] != L'\0' && ::wcwidth(chars[0]) == cell.width &&
        setcchar(&drawn, chars.data(), look.attrs, look.pair, nullptr) == OK) {
        mvwadd_wch(stdscr, row, column, &drawn);
        return;
    }
    // The C library (and so ncurses) measures this character differently from layout(),
    // or cannot print it: mark its cells instead of letting the row shift.
    const std::array<wchar_t, 2> mark{L'?', L'\0'};
    if (setcchar(&drawn, mark.data(), look.attrs, look.pair, nullptr) == OK) {
        for (int i = 0; i < cell.width; ++i) {
            mvwadd_wch(stdscr, row, column + i, &drawn);
        }
    }
}

} // namespace

struct NcursesScreen::Terminal {
    File out;
    File in;
    int out_fd = -1;
    SCREEN* screen = nullptr;
    bool colours = false;
    int cursor_visibility = -1; // as last set with curs_set; -1 before the first frame

    Terminal() = default;
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;
    ~Terminal() {
        if (screen == nullptr) {
            return;
        }
        set_term(screen);
        endwin();
        delscreen(screen);
        // After endwin() has flushed everything ncurses had to say, so the sequences cannot
        // land in the middle of one of its own.
        write_all(out_fd, terminal::mouse_reporting_off);
        write_all(out_fd, terminal::bracketed_paste_off);
    }
};

NcursesScreen::NcursesScreen(int output_fd, int input_fd)
    : m_terminal(std::make_unique<Terminal>()) {
    ensure_utf8_locale();
    Terminal& t = *m_terminal;
    t.out = open_duplicate(output_fd, "w", "output");
    t.in = open_duplicate(input_fd, "r", "input");
    t.out_fd = ::fileno(t.out.get());

    // newterm() installs its own handlers for these signals when they are at SIG_DFL (its
    // SIGINT/SIGTERM handler even calls exit()). Signals belong to the launcher, so the
    // dispositions are put back as they were.
    std::array<struct sigaction, taken_signals.size()> saved{};
    for (std::size_t i = 0; i < taken_signals.size(); ++i) {
        ::sigaction(taken_signals[i], nullptr, &saved[i]);
    }
    t.screen = newterm(nullptr, t.out.get(), t.in.get());
    for (std::size_t i = 0; i < taken_signals.size(); ++i) {
        ::sigaction(taken_signals[i], &saved[i], nullptr);
    }
    if (t.screen == nullptr) {
        const char* term = std::getenv("TERM");
        throw std::runtime_error(std::string("cannot start the screen: ncurses does not know "
                                             "the terminal type TERM=") +
                                 (term != nullptr ? term : "(unset)"));
    }
    set_term(t.screen);
    raw();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, FALSE);
    leaveok(stdscr, FALSE);
    scrollok(stdscr, FALSE);
    // A changed row is rewritten from its first to its last changed cell: working out
    // whether inserting or deleting characters would send fewer bytes cost more time per
    // keystroke than the bytes it saves on a local terminal.
    idcok(stdscr, FALSE);
    // ncurses would otherwise poll the input fd during doupdate() and postpone drawing
    // while keys are pending; input owns that fd and reads it all the time.
    typeahead(-1);
    if (has_colors() && start_color() == OK && use_default_colors() == OK) {
        t.colours = std::all_of(colour_pairs.begin(), colour_pairs.end(), [](const auto& p) {
            return init_pair(p.first, p.second, -1) == OK;
        });
    }
    // putp() would go to stdout, not to this screen's terminal, so the sequence is written
    // directly. It is safe before the first doupdate(): ncurses has flushed nothing yet and
    // a terminal mode changes neither the cells nor the cursor ncurses keeps track of.
    // Until a screen has been through endwin() once, ncurses 6.4 treats it as not yet
    // running and flushes its output after every cursor motion (_nc_mvcur): a frame became
    // one write(2) per changed row, each waking the terminal's reader (24 for a page down).
    // One endwin() + doupdate() now, before anything is drawn, makes every later frame a
    // single write. The terminal modes it restores and re-applies are the launcher's raw
    // mode and ours, so input never sees a cooked terminal.
    endwin();
    doupdate();
    write_all(t.out_fd, terminal::bracketed_paste_on);
    write_all(t.out_fd, terminal::mouse_reporting_on);
    m_size = {static_cast<std::uint16_t>(std::max(getmaxy(stdscr), 0)),
              static_cast<std::uint16_t>(std::max(getmaxx(stdscr), 0))};
    refresh_size();
}

NcursesScreen::~NcursesScreen() = default;

protocol::TerminalSize NcursesScreen::size() const {
    return m_size;
}

protocol::TerminalSize NcursesScreen::refresh_size() {
    winsize ws{};
    if (::ioctl(m_terminal->out_fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0) {
        set_term(m_terminal->screen);
        resizeterm(ws.ws_row, ws.ws_col);
        m_size = {ws.ws_row, ws.ws_col};
        m_shown = Frame{}; // the next frame is drawn in full
    }
    return m_size;
}

void NcursesScreen::present(const Frame& frame) {
    Terminal& t = *m_terminal;
    set_term(t.screen);
    const int rows = std::min<int>(frame.rows, getmaxy(stdscr));
    const int columns = std::min<int>(frame.columns, getmaxx(stdscr));
    const bool incremental = !m_shown.cells.empty() && m_shown.rows == frame.rows &&
                             m_shown.columns == frame.columns && frame.rows == getmaxy(stdscr) &&
                             frame.columns == getmaxx(stdscr);
    if (!incremental) {
        werase(stdscr);
    }
    for (int r = 0; r < rows; ++r) {
        const auto row_begin = frame.cells.begin() + std::ptrdiff_t{r} * frame.columns;
        if (incremental && std::equal(row_begin, row_begin + frame.columns,
                                      m_shown.cells.begin() + std::ptrdiff_t{r} * frame.columns)) {
            continue;
        }
        if (incremental) {
            wmove(stdscr, r, 0);
            wclrtoeol(stdscr); // no half of an old wide character survives under new cells
            std::copy(row_begin, row_begin + frame.columns,
                      m_shown.cells.begin() + std::ptrdiff_t{r} * frame.columns);
        }
        for (int c = 0; c < columns; ++c) {
            const Cell& cell =
                frame.at(static_cast<std::uint16_t>(r), static_cast<std::uint16_t>(c));
            // Continuation cells are drawn by their wide character; one that would not fit
            // on a narrower screen is left out rather than wrapped.
            if (cell.width > 0 && c + cell.width <= columns) {
                draw_cell(r, c, cell, look_of(cell.attr, t.colours));
            }
        }
    }
    const bool cursor_shown =
        frame.cursor_visible && frame.cursor_row < rows && frame.cursor_column < columns;
    if (cursor_shown) {
        wmove(stdscr, frame.cursor_row, frame.cursor_column);
    }
    const int visibility = cursor_shown ? 1 : 0;
    if (visibility != t.cursor_visibility) {
        curs_set(visibility);
        t.cursor_visibility = visibility;
    }
    wnoutrefresh(stdscr);
    doupdate();
    if (!incremental) {
        m_shown = frame;
    }
    m_shown.cursor_row = frame.cursor_row;
    m_shown.cursor_column = frame.cursor_column;
    m_shown.cursor_visible = frame.cursor_visible;
}

void NcursesScreen::copy_to_clipboard(std::string_view text) {
    // Straight to the terminal: doupdate() has flushed every frame ncurses drew, so the
    // sequence cannot cut into one; it moves neither the cursor nor a cell.
    write_all(m_terminal->out_fd, osc52_copy_sequence(text));
}

} // namespace trio::render
