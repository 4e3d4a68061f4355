// A Screen that records every presented Frame and clipboard copy, for tests of the render
// component.
#pragma once

#include "editor/render/screen.hpp"

#include <string>
#include <vector>

namespace trio::render {

class FakeScreen final : public Screen {
public:
    explicit FakeScreen(protocol::TerminalSize size) : m_size(size), m_next_size(size) {}

    [[nodiscard]] protocol::TerminalSize size() const override { return m_size; }

    // Adopts the size set by resize(), as a real terminal adopts a new size on SIGWINCH.
    protocol::TerminalSize refresh_size() override {
        m_size = m_next_size;
        return m_size;
    }

    void present(const Frame& frame) override { m_frames.push_back(frame); }

    void copy_to_clipboard(std::string_view text) override { m_copies.emplace_back(text); }

    // Simulates the user resizing the terminal; visible after the next refresh_size().
    void resize(protocol::TerminalSize size) { m_next_size = size; }

    [[nodiscard]] const std::vector<Frame>& frames() const { return m_frames; }
    // Every copy_to_clipboard() text, oldest first.
    [[nodiscard]] const std::vector<std::string>& clipboard_copies() const { return m_copies; }

private:
    protocol::TerminalSize m_size;
    protocol::TerminalSize m_next_size;
    std::vector<Frame> m_frames;
    std::vector<std::string> m_copies;
};

} // namespace trio::render
