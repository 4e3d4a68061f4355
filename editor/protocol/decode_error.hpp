// The one error the protocol decoder throws for bytes that are not a valid trio message.
// Used wherever a component receives encoded messages (the process transport).
#pragma once

#include <stdexcept>

namespace trio::protocol {

// Malformed, truncated, foreign or wrong-version input. what() says what was wrong and at
// which byte, e.g. "truncated at byte 14: 'ViewLine.text' needs 4 bytes, 2 remain".
class DecodeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace trio::protocol
