// How long the last keystrokes took through the pipeline, from the timestamps the messages
// carry: key read → view sent (input), → frame drawn (render), → journal written (autosave).
// Runs in the input component, which reads the keys and receives every answer; the F2 panel
// shows the figures.
#pragma once

#include "editor/components/runtime_status.hpp"
#include "editor/protocol/messages.hpp"

#include <array>
#include <cstddef>
#include <vector>

namespace trio::components {

// Keys kept per hop: the panel's median and max are over the last this many.
inline constexpr std::size_t latency_window = 32;
// Keys whose edits wait for their journal write; an older one is forgotten, unmatched.
inline constexpr std::size_t latency_pending_edits = 64;

// The hops, in pipeline order (also the order of hops()).
enum class Hop { ViewSent, FrameDrawn, JournalWritten };

// Every timestamp is CLOCK_MONOTONIC nanoseconds (protocol::TimestampNs), whichever process
// read it; a message whose key_read_ns is 0 was not caused by a key and is not timed. Samples
// and remembered keys live in fixed arrays: the cost per key is a few stores, whether the panel
// is shown or not. Not thread-safe: input's own state. Only hop()/hops() allocate (their
// strings); nothing else throws.
class PipelineLatency {
public:
    // Just before input offers `view` to render's channel (again, after a full queue):
    // stamps view.view_sent_ns = now. view_sent() counts the sample once the channel took it.
    void stamp_view(protocol::ViewMessage& view, protocol::TimestampNs now);
    // The view stamped last was sent: key read → view sent, if a key caused it.
    void view_sent();

    // Render drew a key's view: key read → frame drawn.
    void frame_drawn(const protocol::FrameTiming& timing);

    // The key read at `key_read_ns` produced edits up to `last_seq` (sent to autosave, which
    // journals them).
    void edits_sent(document::SeqNo last_seq, protocol::TimestampNs key_read_ns);
    // Autosave's report: each remembered key whose last edit one of recent_writes carried is
    // timed key read → journal written. A key whose edit is written (report.written) but in
    // no listed write (more writes than a report carries, or a save) is forgotten untimed,
    // so that it is never matched to a later write.
    void journal_written(const protocol::JournalReport& report);

    // Median and max of one hop over its last latency_window samples.
    [[nodiscard]] HopLatency hop(Hop which) const;
    // The three hops, in Hop order, for RuntimeStatus::pipeline.
    [[nodiscard]] std::vector<HopLatency> hops() const;

private:
    // The last latency_window samples of one hop, oldest overwritten first.
    class Window {
    public:
        void add(protocol::TimestampNs sample);
        [[nodiscard]] HopLatency summary(std::string name) const;

    private:
        std::array<protocol::TimestampNs, latency_window> m_samples{};
        std::size_t m_count = 0; // samples held, at most latency_window
        std::size_t m_next = 0;  // where the next one goes
    };

    struct PendingEdit {
        document::SeqNo last_seq;
        protocol::TimestampNs key_read_ns = 0; // 0: slot free (matched, forgotten or never used)
    };

    [[nodiscard]] Window& window(Hop which) { return m_windows[static_cast<std::size_t>(which)]; }

    std::array<Window, 3> m_windows{};
    std::array<PendingEdit, latency_pending_edits> m_edits{};
    std::size_t m_next_edit = 0;
    protocol::TimestampNs m_stamped_key_ns = 0; // of the view stamped last
    protocol::TimestampNs m_stamped_at = 0;
};

} // namespace trio::components
