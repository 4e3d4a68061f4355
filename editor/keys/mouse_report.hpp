// xterm mouse reports: decoding SGR (ESC [ < b ; x ; y M/m) and legacy X10 (ESC [ M b x y)
// reports, encoding SGR, and the `<mouse-…>` notation. Internal to trio_keys; runs in the
// input component (KeyDecoder) and in the e2e harness (encode_key, parse_keys).
#pragma once

#include "editor/keys/key.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace trio::keys::mouse {

// The key for an SGR report: `parameters` are the bytes between ESC [ and the final byte
// (they start with '<'), `final` is 'M' (press or drag) or 'm' (release). nullopt for a
// report trio does not use (motion with no button held, wheel left/right, buttons 8-11) or
// a malformed one (a coordinate 0 or beyond 65536): the decoder then drops it.
[[nodiscard]] std::optional<Key> decode_sgr(std::string_view parameters, char final);

// The key for an X10 report, ESC [ M followed by three bytes (button, column, row, each plus
// 32; what a terminal without SGR mode sends). X10 does not say which button was released:
// a release is reported as the left button's. nullopt as for decode_sgr.
[[nodiscard]] std::optional<Key> decode_x10(unsigned char button, unsigned char column,
                                            unsigned char row);

// The SGR report of `event` with Shift, Alt (as Meta) and Ctrl from `modifiers`. Throws
// std::invalid_argument for a wheel release or drag, which no terminal sends.
[[nodiscard]] std::string encode_sgr(const MouseEvent& event, Modifier modifiers);

// `event` in notation, without brackets and modifiers: "mouse-press-left-5-10" or, for a
// wheel notch, "wheel-up-5-10".
[[nodiscard]] std::string notation(const MouseEvent& event);

// The inverse of notation() for a lowercase name; nullopt if `name` is not a mouse name.
[[nodiscard]] std::optional<MouseEvent> parse_notation(std::string_view name);

} // namespace trio::keys::mouse
