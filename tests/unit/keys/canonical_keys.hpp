// Test helper: every key an xterm can send, in the form the decoder produces it.
#pragma once

#include "editor/keys/key.hpp"

#include <array>
#include <ostream>
#include <vector>

namespace trio::keys {

// GoogleTest prints a Key in notation instead of as raw bytes.
inline void PrintTo(const Key& key, std::ostream* os) {
    *os << to_string(key);
}

} // namespace trio::keys

namespace trio::keys::testing {

inline constexpr std::array<Modifier, 8> all_modifier_sets = {
    Modifier::None,
    Modifier::Shift,
    Modifier::Alt,
    Modifier::Ctrl,
    Modifier::Shift | Modifier::Alt,
    Modifier::Shift | Modifier::Ctrl,
    Modifier::Alt | Modifier::Ctrl,
    Modifier::Shift | Modifier::Alt | Modifier::Ctrl,
};

// Keys sent as escape sequences, which take every modifier combination.
[[nodiscard]] std::vector<KeyCode> sequence_key_codes();

// Every canonical key: decode(encode(k)) must give back exactly k.
[[nodiscard]] std::vector<Key> canonical_keys();

} // namespace trio::keys::testing
