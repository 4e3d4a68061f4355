// The OSC 52 escape sequence that puts text on the terminal's (system) clipboard, and the
// base64 it needs. Pure; render component.
#pragma once

#include <string>
#include <string_view>

namespace trio::render {

// Standard base64 (RFC 4648 §4: A–Z a–z 0–9 + /, '=' padding, no line breaks).
[[nodiscard]] std::string base64_encode(std::string_view bytes);

// ESC ] 52 ; c ; <base64 of text> BEL: xterm's "set the clipboard selection". Terminals
// without OSC 52 ignore it; some (xterm by default) refuse it quietly. The text's bytes are
// sent as they are (no control character can leak: base64 has none).
[[nodiscard]] std::string osc52_copy_sequence(std::string_view text);

} // namespace trio::render
