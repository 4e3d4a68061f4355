// Turning journal reports into the status line's journal state. Runs in the input component.
#include "editor/components/journal_watch.hpp"

namespace trio::components {

void JournalWatch::edits_sent(document::SeqNo last, protocol::TimestampNs now_ns) {
    if (last <= m_written || (!m_unacknowledged.empty() && m_unacknowledged.back().first >= last)) {
        return;
    }
    m_unacknowledged.emplace_back(last, now_ns);
}

std::optional<std::string> JournalWatch::report(const protocol::JournalReport& report) {
    m_written = std::max(m_written, report.written);
    while (!m_unacknowledged.empty() && m_unacknowledged.front().first <= m_written) {
        m_unacknowledged.pop_front();
    }
    const bool new_error = !report.error.empty() && report.error != m_error;
    m_error = report.error;
    if (new_error) {
        return "Journal: " + report.error;
    }
    return std::nullopt;
}

JournalWatch::State JournalWatch::state(bool journaling, bool modified,
                                        protocol::TimestampNs now_ns) const {
    if (!journaling) {
        // -n, "Continue anyway", or no usable state directory: a crash would lose this.
        return {modified ? "not journaled" : "", false};
    }
    if (!m_error.empty()) {
        return {"journal failed", true};
    }
    if (!m_unacknowledged.empty()) {
        const protocol::TimestampNs age = now_ns - m_unacknowledged.front().second;
        if (age >= journal_behind_after_ns) {
            return {"journal " + std::to_string(age / 1'000'000'000) + " s behind", true};
        }
    }
    return {modified ? "journaled" : "", false};
}

std::optional<protocol::TimestampNs> JournalWatch::next_change(protocol::TimestampNs now_ns) const {
    if (m_unacknowledged.empty() || !m_error.empty()) {
        return std::nullopt;
    }
    const protocol::TimestampNs since = m_unacknowledged.front().second;
    const protocol::TimestampNs age = now_ns - since;
    if (age < journal_behind_after_ns) {
        return since + journal_behind_after_ns;
    }
    // Once behind, the count of seconds goes up every second.
    return now_ns + 1'000'000'000 - (age % 1'000'000'000);
}

} // namespace trio::components
