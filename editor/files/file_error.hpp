// The error thrown by trio's file I/O (loading in the input component, the steps of a save in
// the autosave component): a message ready to show the user.
#pragma once

#include <stdexcept>

namespace trio::files {

// what() names the path and the reason, e.g. "Cannot open 'x/y': Permission denied" or
// "'x' is a directory". Meant to be shown verbatim on the status line.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace trio::files
