// The xterm modes trio switches on for the session and must switch off on every way out:
// declared once, so the screen that sets them and each restore path agree. Used by render's
// screen and by the emergency restore (crash guard, trio-proc's input).
#pragma once

#include <string_view>

namespace trio::terminal {

// Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~.
inline constexpr std::string_view bracketed_paste_on = "\x1b[?2004h";
inline constexpr std::string_view bracketed_paste_off = "\x1b[?2004l";

// Mouse reports: 1000 press and release, 1002 motion while a button is held (drag), 1006
// SGR encoding (ESC[<b;x;yM / m: no 223-column limit, releases tell their button). Input
// decodes them. Off in the reverse order.
inline constexpr std::string_view mouse_reporting_on = "\x1b[?1000h\x1b[?1002h\x1b[?1006h";
inline constexpr std::string_view mouse_reporting_off = "\x1b[?1006l\x1b[?1002l\x1b[?1000l";

} // namespace trio::terminal
