// Interprets one complete CSI or SS3 escape sequence as the key it stands for, covering
// xterm, rxvt, the Linux console, fixterms and SGR mouse reports. Used by KeyDecoder in the input
// component. Internal to trio_keys.
#pragma once

#include "editor/keys/key.hpp"

#include <optional>
#include <string_view>

namespace trio::keys {

enum class Introducer : std::uint8_t { Csi, Ss3 }; // ESC [ or ESC O

// True for CSI 200 ~, which opens a bracketed paste.
[[nodiscard]] bool is_paste_begin(Introducer introducer, std::string_view parameters, char final);

// The key meant by the sequence with these parameter bytes (0x30-0x3F and intermediates)
// and final byte (an SGR mouse report included), or nullopt for a sequence trio does not
// know (focus reports, replies to queries, other private-marker sequences), which the
// caller drops.
[[nodiscard]] std::optional<Key> sequence_key(Introducer introducer, std::string_view parameters,
                                              char final);

} // namespace trio::keys
