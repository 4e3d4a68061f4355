// Keystroke latency per hop of the pipeline, from the timestamps in views, FrameTimings and
// JournalReports. Input component.
#include "editor/components/pipeline_latency.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace trio::components {

namespace {

constexpr std::array<const char*, 3> hop_names{"key read → view sent", "→ frame drawn",
                                               "→ journal written"};

} // namespace

void PipelineLatency::Window::add(protocol::TimestampNs sample) {
    // One monotonic clock for all processes: a negative span cannot happen, but a corrupt
    // timestamp must not show as a huge figure.
    m_samples[m_next] = std::max<protocol::TimestampNs>(sample, 0);
    m_next = (m_next + 1) % m_samples.size();
    m_count = std::min(m_count + 1, m_samples.size());
}

HopLatency PipelineLatency::Window::summary(std::string name) const {
    HopLatency result{std::move(name), m_count, 0, 0};
    if (m_count == 0) {
        return result;
    }
    // The window is full or filled from slot 0, so the first m_count slots are the samples.
    std::array<protocol::TimestampNs, latency_window> sorted = m_samples;
    const auto end = sorted.begin() + static_cast<std::ptrdiff_t>(m_count);
    std::sort(sorted.begin(), end);
    const std::size_t middle = m_count / 2;
    result.median = m_count % 2 == 1
                        ? sorted[middle]
                        : sorted[middle - 1] + (sorted[middle] - sorted[middle - 1]) / 2;
    result.max = sorted[m_count - 1];
    return result;
}

void PipelineLatency::stamp_view(protocol::ViewMessage& view, protocol::TimestampNs now) {
    view.view_sent_ns = now;
    m_stamped_key_ns = view.key_read_ns;
    m_stamped_at = now;
}

void PipelineLatency::view_sent() {
    if (m_stamped_key_ns != 0) {
        window(Hop::ViewSent).add(m_stamped_at - m_stamped_key_ns);
    }
    m_stamped_key_ns = 0; // a view is counted once, however often it is offered
}

void PipelineLatency::frame_drawn(const protocol::FrameTiming& timing) {
    if (timing.key_read_ns != 0) {
        window(Hop::FrameDrawn).add(timing.frame_drawn_ns - timing.key_read_ns);
    }
}

void PipelineLatency::edits_sent(document::SeqNo last_seq, protocol::TimestampNs key_read_ns) {
    if (key_read_ns == 0) {
        return;
    }
    m_edits[m_next_edit] = PendingEdit{last_seq, key_read_ns};
    m_next_edit = (m_next_edit + 1) % m_edits.size();
}

void PipelineLatency::journal_written(const protocol::JournalReport& report) {
    for (const protocol::JournalWrite& write : report.recent_writes) {
        // Oldest key first, so the window's newest samples are the newest keys'.
        for (std::size_t i = 0; i < m_edits.size(); ++i) {
            PendingEdit& edit = m_edits[(m_next_edit + i) % m_edits.size()];
            if (edit.key_read_ns != 0 && write.first_seq <= edit.last_seq &&
                edit.last_seq <= write.last_seq) {
                window(Hop::JournalWritten).add(write.written_ns - edit.key_read_ns);
                edit.key_read_ns = 0;
            }
        }
    }
    for (PendingEdit& edit : m_edits) {
        if (edit.last_seq <= report.written) {
            edit.key_read_ns = 0;
        }
    }
}

HopLatency PipelineLatency::hop(Hop which) const {
    const auto index = static_cast<std::size_t>(which);
    return m_windows[index].summary(hop_names[index]);
}

std::vector<HopLatency> PipelineLatency::hops() const {
    return {hop(Hop::ViewSent), hop(Hop::FrameDrawn), hop(Hop::JournalWritten)};
}

} // namespace trio::components
