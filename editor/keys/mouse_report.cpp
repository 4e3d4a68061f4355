// xterm mouse reports (SGR and X10) and their notation; see mouse_report.hpp. Runs in the
// input component and in the e2e harness.
#include "editor/keys/mouse_report.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace trio::keys::mouse {

namespace {

// The bits of xterm's button byte.
constexpr unsigned button_bits = 3; // 0 left, 1 middle, 2 right, 3 none
constexpr unsigned shift_bit = 4;
constexpr unsigned meta_bit = 8;
constexpr unsigned ctrl_bit = 16;
constexpr unsigned motion_bit = 32;
constexpr unsigned wheel_bit = 64;         // with 0 up, 1 down (2 and 3: left and right)
constexpr unsigned extra_buttons = 128;    // buttons 8-11
constexpr unsigned max_coordinate = 65536; // 1-based: row and column fit in 16 bits
constexpr unsigned x10_offset = 32;

struct Name {
    std::string_view text;
    MouseButton button;
};
constexpr std::array<Name, 5> button_names = {{
    {"left", MouseButton::Left},
    {"middle", MouseButton::Middle},
    {"right", MouseButton::Right},
    {"wheelup", MouseButton::WheelUp},
    {"wheeldown", MouseButton::WheelDown},
}};

constexpr std::array<std::string_view, 3> action_names = {"press", "release", "drag"};

bool is_wheel(MouseButton b) {
    return b == MouseButton::WheelUp || b == MouseButton::WheelDown;
}

Modifier modifiers_of(unsigned code) {
    Modifier m = Modifier::None;
    if ((code & shift_bit) != 0) {
        m = m | Modifier::Shift;
    }
    if ((code & meta_bit) != 0) {
        m = m | Modifier::Alt;
    }
    if ((code & ctrl_bit) != 0) {
        m = m | Modifier::Ctrl;
    }
    return m;
}

// The key for button code `code` at 1-based `column`, `row`; `release` from SGR's 'm'.
std::optional<Key> make_report(unsigned code, unsigned column, unsigned row, bool release) {
    if (column == 0 || row == 0 || column > max_coordinate || row > max_coordinate ||
        (code & extra_buttons) != 0) {
        return std::nullopt;
    }
    MouseEvent event;
    event.column = static_cast<std::uint16_t>(column - 1);
    event.row = static_cast<std::uint16_t>(row - 1);
    const unsigned low = code & button_bits;
    if ((code & wheel_bit) != 0) {
        if (low > 1 || release || (code & motion_bit) != 0) {
            return std::nullopt; // horizontal wheel, or a wheel "release" some terminals send
        }
        event.button = low == 0 ? MouseButton::WheelUp : MouseButton::WheelDown;
    } else if (low == 3) {
        if ((code & motion_bit) != 0) {
            return std::nullopt; // the pointer moved with no button held (mode 1003)
        }
        event.button = MouseButton::Left; // X10's anonymous release
        release = true;
    } else {
        event.button = static_cast<MouseButton>(low);
    }
    event.action = release                    ? MouseAction::Release
                   : (code & motion_bit) != 0 ? MouseAction::Drag
                                              : MouseAction::Press;
    return make_mouse(event, modifiers_of(code));
}

std::optional<unsigned> parse_number(std::string_view s) {
    unsigned value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || error != std::errc() || end != s.data() + s.size()) {
        return std::nullopt;
    }
    return value;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
    std::vector<std::string_view> parts;
    for (;;) {
        const std::size_t at = s.find(separator);
        parts.push_back(s.substr(0, at));
        if (at == std::string_view::npos) {
            return parts;
        }
        s.remove_prefix(at + 1);
    }
}

} // namespace

std::optional<Key> decode_sgr(std::string_view parameters, char final) {
    if (parameters.empty() || parameters.front() != '<' || (final != 'M' && final != 'm')) {
        return std::nullopt;
    }
    const std::vector<std::string_view> fields = split(parameters.substr(1), ';');
    if (fields.size() != 3) {
        return std::nullopt;
    }
    const auto code = parse_number(fields[0]);
    const auto column = parse_number(fields[1]);
    const auto row = parse_number(fields[2]);
    if (!code || !column || !row) {
        return std::nullopt;
    }
    return make_report(*code, *column, *row, final == 'm');
}

std::optional<Key> decode_x10(unsigned char button, unsigned char column, unsigned char row) {
    if (button < x10_offset || column < x10_offset || row < x10_offset) {
        return std::nullopt;
    }
    return make_report(button - x10_offset, column - x10_offset, row - x10_offset, false);
}

std::string encode_sgr(const MouseEvent& event, Modifier modifiers) {
    unsigned code = 0;
    switch (event.button) {
    case MouseButton::Left:
    case MouseButton::Middle:
    case MouseButton::Right:
        code = static_cast<unsigned>(event.button);
        break;
    case MouseButton::WheelUp:
        code = wheel_bit;
        break;
    case MouseButton::WheelDown:
        code = wheel_bit + 1;
        break;
    }
    if (is_wheel(event.button) && event.action != MouseAction::Press) {
        throw std::invalid_argument("encode_key: a terminal cannot send <" + notation(event) + ">");
    }
    if (event.action == MouseAction::Drag) {
        code |= motion_bit;
    }
    code |= has(modifiers, Modifier::Shift) ? shift_bit : 0;
    code |= has(modifiers, Modifier::Alt) ? meta_bit : 0;
    code |= has(modifiers, Modifier::Ctrl) ? ctrl_bit : 0;
    const char final = event.action == MouseAction::Release ? 'm' : 'M';
    return "\x1b[<" + std::to_string(code) + ";" + std::to_string(event.column + 1u) + ";" +
           std::to_string(event.row + 1u) + final;
}

std::string notation(const MouseEvent& event) {
    const std::string cell = std::to_string(event.row) + "-" + std::to_string(event.column);
    if (is_wheel(event.button) && event.action == MouseAction::Press) {
        return std::string(event.button == MouseButton::WheelUp ? "wheel-up-" : "wheel-down-") +
               cell;
    }
    return "mouse-" + std::string(action_names[static_cast<std::size_t>(event.action)]) + "-" +
           std::string(button_names[static_cast<std::size_t>(event.button)].text) + "-" + cell;
}

std::optional<MouseEvent> parse_notation(std::string_view name) {
    const std::vector<std::string_view> parts = split(name, '-');
    MouseEvent event;
    if (parts.size() == 4 && parts[0] == "wheel" && (parts[1] == "up" || parts[1] == "down")) {
        event.button = parts[1] == "up" ? MouseButton::WheelUp : MouseButton::WheelDown;
    } else if (parts.size() == 5 && parts[0] == "mouse") {
        bool found = false;
        for (std::size_t a = 0; a < action_names.size(); ++a) {
            if (parts[1] == action_names[a]) {
                event.action = static_cast<MouseAction>(a);
                found = true;
            }
        }
        bool button_found = false;
        for (const Name& b : button_names) {
            if (parts[2] == b.text) {
                event.button = b.button;
                button_found = true;
            }
        }
        if (!found || !button_found) {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    const auto row = parse_number(parts[parts.size() - 2]);
    const auto column = parse_number(parts.back());
    if (!row || !column || *row >= max_coordinate || *column >= max_coordinate) {
        return std::nullopt;
    }
    event.row = static_cast<std::uint16_t>(*row);
    event.column = static_cast<std::uint16_t>(*column);
    return event;
}

} // namespace trio::keys::mouse
