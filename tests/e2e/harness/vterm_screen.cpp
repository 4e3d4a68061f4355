// Wraps libvterm for the e2e tests: feeds it program output and reads the screen back as text.
#include "tests/e2e/harness/vterm_screen.hpp"

#include "editor/text/utf8.hpp"

#include <cstdint>
#include <stdexcept>
#include <vterm.h>

namespace trio::e2e {

struct VtermCallbacks {
    static int settermprop(VTermProp prop, VTermValue* value, void* user) {
        auto* self = static_cast<VtermScreen*>(user);
        if (prop == VTERM_PROP_ALTSCREEN) {
            self->m_alternate_screen = value->boolean != 0;
        } else if (prop == VTERM_PROP_CURSORVISIBLE) {
            self->m_cursor_visible = value->boolean != 0;
        }
        return 1; // accept: libvterm only applies a property (e.g. altscreen) when we do
    }

    static void output(const char* bytes, std::size_t length, void* user) {
        auto* self = static_cast<VtermScreen*>(user);
        if (self->m_reply) {
            self->m_reply(std::string_view(bytes, length));
        }
    }

    static int pushline(int cols, const VTermScreenCell* cells, void* user);

    static constexpr VTermScreenCallbacks screen_callbacks = {
        nullptr, nullptr, nullptr, &settermprop, nullptr, nullptr, &pushline, nullptr,
    };
};

namespace {

// libvterm marks the right half of a double-width character with this value.
constexpr std::uint32_t continuation_cell = 0xFFFFFFFF;

// Cells as a user reads them: empty cells are spaces, a wide character is written once.
template <typename CellAt> std::string cells_text(int cols, CellAt&& cell_at) {
    std::string text;
    int col = 0;
    while (col < cols) {
        const VTermScreenCell cell = cell_at(col);
        if (cell.chars[0] == continuation_cell) {
            ++col; // only reached if a wide character was cut; its base was printed
            continue;
        }
        if (cell.chars[0] == 0) {
            text.push_back(' ');
        }
        for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i] != 0; ++i) {
            text += text::encode_utf8(static_cast<char32_t>(cell.chars[i]));
        }
        col += cell.width > 1 ? cell.width : 1;
    }
    return text;
}

} // namespace

int VtermCallbacks::pushline(int cols, const VTermScreenCell* cells, void* user) {
    auto* self = static_cast<VtermScreen*>(user);
    auto text = cells_text(cols, [cells](int col) { return cells[col]; });
    text.erase(text.find_last_not_of(' ') + 1);
    self->m_scrollback.push_back(std::move(text));
    if (self->m_scrollback.size() > VtermScreen::max_scrollback) {
        self->m_scrollback.pop_front();
    }
    return 1;
}

VtermScreen::VtermScreen(TerminalSize size, ReplySink reply)
    : m_size(size), m_reply(std::move(reply)), m_vterm(vterm_new(size.rows, size.cols)) {
    if (m_vterm == nullptr) {
        throw std::runtime_error("vterm_new failed");
    }
    vterm_set_utf8(m_vterm, 1);
    vterm_output_set_callback(m_vterm, &VtermCallbacks::output, this);
    m_screen = vterm_obtain_screen(m_vterm);
    vterm_screen_set_callbacks(m_screen, &VtermCallbacks::screen_callbacks, this);
    vterm_screen_enable_altscreen(m_screen, 1); // without it libvterm ignores ?1049h
    vterm_screen_reset(m_screen, 1);
}

VtermScreen::~VtermScreen() {
    vterm_free(m_vterm);
}

void VtermScreen::feed(std::string_view bytes) {
    vterm_input_write(m_vterm, bytes.data(), bytes.size());
    vterm_screen_flush_damage(m_screen);
}

void VtermScreen::resize(TerminalSize size) {
    m_size = size;
    vterm_set_size(m_vterm, size.rows, size.cols);
}

std::vector<std::string> VtermScreen::rows() const {
    std::vector<std::string> rows;
    for (int row = 0; row < m_size.rows; ++row) {
        rows.push_back(cells_text(m_size.cols, [this, row](int col) {
            VTermScreenCell cell{};
            vterm_screen_get_cell(m_screen, VTermPos{row, col}, &cell);
            return cell;
        }));
    }
    return rows;
}

CursorPosition VtermScreen::cursor() const {
    VTermPos pos{};
    vterm_state_get_cursorpos(vterm_obtain_state(m_vterm), &pos);
    return {pos.row, pos.col};
}

std::vector<std::string> VtermScreen::colour_rows() const {
    constexpr std::string_view letters = "krgybmcwKRGYBMCW";
    std::vector<std::string> rows;
    for (int row = 0; row < m_size.rows; ++row) {
        std::string text;
        for (int col = 0; col < m_size.cols; ++col) {
            VTermScreenCell cell{};
            vterm_screen_get_cell(m_screen, VTermPos{row, col}, &cell);
            if (cell.attrs.reverse != 0) {
                text += '#';
            } else if (VTERM_COLOR_IS_DEFAULT_FG(&cell.fg)) {
                text += '.';
            } else if (VTERM_COLOR_IS_INDEXED(&cell.fg) && cell.fg.indexed.idx < letters.size()) {
                text += letters[cell.fg.indexed.idx];
            } else {
                text += '?';
            }
        }
        rows.push_back(std::move(text));
    }
    return rows;
}

bool VtermScreen::reverse_at(int row, int col) const {
    if (row < 0 || col < 0 || row >= m_size.rows || col >= m_size.cols) {
        return false;
    }
    VTermScreenCell cell{};
    vterm_screen_get_cell(m_screen, VTermPos{row, col}, &cell);
    return cell.attrs.reverse != 0;
}

} // namespace trio::e2e
