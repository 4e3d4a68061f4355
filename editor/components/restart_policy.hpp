// When the input component gives up restarting a component that keeps dying (trio-proc).
// Header-only policy with the time passed in, so it is tested without waiting.
#pragma once

#include "editor/protocol/messages.hpp"

namespace trio::components {

// A crash loop: a component that dies within `quick` of its start `limit` times in a row (it
// cannot even start: no terminal, no memory) is not restarted again. Deaths after a longer
// run restart the count, so a component killed now and then is always replaced.
class RestartPolicy {
public:
    static constexpr protocol::TimestampNs quick = 1'000'000'000; // 1 s
    static constexpr unsigned limit = 5;

    // The component (re)started at `now`.
    void started(protocol::TimestampNs now) { m_started = now; }
    // It died at `now`: true if it should be restarted.
    [[nodiscard]] bool died(protocol::TimestampNs now) {
        m_quick_deaths = now - m_started < quick ? m_quick_deaths + 1 : 0;
        return m_quick_deaths < limit;
    }
    [[nodiscard]] unsigned restarts() const { return m_restarts; }
    void restarted(protocol::TimestampNs now) {
        ++m_restarts;
        started(now);
    }

private:
    protocol::TimestampNs m_started = 0;
    unsigned m_quick_deaths = 0;
    unsigned m_restarts = 0;
};

} // namespace trio::components
