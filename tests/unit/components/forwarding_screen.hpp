// A Screen that hands everything to a FakeScreen the test keeps, so that a test can look at
// what a render component, which owns "its" screen, has drawn. Shared by the component tests.
#pragma once

#include "editor/render/fake_screen.hpp"
#include "editor/render/screen.hpp"

namespace trio::components::testing {

class ForwardingScreen final : public render::Screen {
public:
    explicit ForwardingScreen(render::FakeScreen& target) : m_target(target) {}
    protocol::TerminalSize size() const override { return m_target.size(); }
    protocol::TerminalSize refresh_size() override { return m_target.refresh_size(); }
    void present(const render::Frame& frame) override { m_target.present(frame); }
    void copy_to_clipboard(std::string_view text) override { m_target.copy_to_clipboard(text); }

private:
    render::FakeScreen& m_target;
};

} // namespace trio::components::testing
