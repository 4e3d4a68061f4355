// A component is one unit of trio's work (input, render, autosave): a class with run().
// The same object runs as a thread (ThreadRuntime) or as a forked process (ProcessRuntime).
#pragma once

#include <string_view>

namespace trio::ipc {

class Component {
public:
    Component() = default;
    Component(const Component&) = delete;
    Component& operator=(const Component&) = delete;
    virtual ~Component() = default;

    // Short stable name: thread name, process name ("trio-" + name) and log prefix.
    [[nodiscard]] virtual std::string_view name() const = 0;

    // Runs until the component's inputs end; returns an exit status (0 = clean).
    // Must not let an exception escape: report it and return non-zero instead.
    // Stopping is cooperative: a component stops when its input channels close.
    [[nodiscard]] virtual int run() = 0;
};

} // namespace trio::ipc
