// The escape sequences an xterm-compatible terminal sends for special keys, as tables
// shared by encode_key and KeyDecoder so the two cannot drift apart. Used by the input
// component and the e2e harness. Internal to trio_keys.
#pragma once

#include "editor/keys/key.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace trio::keys::xterm {

// Keys sent as CSI [1;m] <final> (and, for F1-F4 unmodified, SS3 <final>).
struct FinalKey {
    char final;
    KeyCode code;
};
inline constexpr std::array<FinalKey, 10> final_keys = {{
    {'A', KeyCode::Up},
    {'B', KeyCode::Down},
    {'C', KeyCode::Right},
    {'D', KeyCode::Left},
    {'H', KeyCode::Home},
    {'F', KeyCode::End},
    {'P', KeyCode::F1},
    {'Q', KeyCode::F2},
    {'R', KeyCode::F3},
    {'S', KeyCode::F4},
}};

// Keys sent as CSI <number> [;m] ~. The first entry for a code is what xterm sends; the
// others are what rxvt, the Linux console, screen and tmux send for the same key.
struct TildeKey {
    int number;
    KeyCode code;
};
inline constexpr std::array<TildeKey, 20> tilde_keys = {{
    {2, KeyCode::Insert}, {3, KeyCode::Delete}, {5, KeyCode::PageUp}, {6, KeyCode::PageDown},
    {15, KeyCode::F5},    {17, KeyCode::F6},    {18, KeyCode::F7},    {19, KeyCode::F8},
    {20, KeyCode::F9},    {21, KeyCode::F10},   {23, KeyCode::F11},   {24, KeyCode::F12},
    {1, KeyCode::Home},   {4, KeyCode::End},    {7, KeyCode::Home},   {8, KeyCode::End},
    {11, KeyCode::F1},    {12, KeyCode::F2},    {13, KeyCode::F3},    {14, KeyCode::F4},
}};

inline constexpr int paste_begin_number = 200;
inline constexpr int paste_end_number = 201;
inline constexpr std::string_view paste_begin = "\x1b[200~";
inline constexpr std::string_view paste_end = "\x1b[201~";

// xterm's modifier parameter: 1 + (Shift 1 | Alt 2 | Ctrl 4), 1 meaning none; Meta (8)
// is read as Alt because trio does not tell them apart.
[[nodiscard]] constexpr int modifier_parameter(Modifier m) {
    return 1 + (has(m, Modifier::Shift) ? 1 : 0) + (has(m, Modifier::Alt) ? 2 : 0) +
           (has(m, Modifier::Ctrl) ? 4 : 0);
}

[[nodiscard]] constexpr Modifier modifiers_from_parameter(int parameter) {
    Modifier m = Modifier::None;
    const int bits = parameter - 1;
    if (bits <= 0) {
        return m;
    }
    if ((bits & 1) != 0) {
        m = m | Modifier::Shift;
    }
    if ((bits & (2 | 8)) != 0) {
        m = m | Modifier::Alt;
    }
    if ((bits & 4) != 0) {
        m = m | Modifier::Ctrl;
    }
    return m;
}

[[nodiscard]] constexpr std::optional<KeyCode> decode_final(char final) {
    for (const FinalKey& k : final_keys) {
        if (k.final == final) {
            return k.code;
        }
    }
    return std::nullopt;
}

[[nodiscard]] constexpr std::optional<KeyCode> decode_tilde(int number) {
    for (const TildeKey& k : tilde_keys) {
        if (k.number == number) {
            return k.code;
        }
    }
    return std::nullopt;
}

} // namespace trio::keys::xterm
