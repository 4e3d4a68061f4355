// The error thrown by the state directory, private files and locks (autosave component, and
// the input component when it opens a file): a message ready to show the user.
#pragma once

#include <stdexcept>

namespace trio::state {

// what() names the path and the reason, e.g. "state directory '/x/trio' is owned by uid 0,
// not you (uid 1000)". Meant to be shown verbatim on the status line.
class StateError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace trio::state
