// The input component: owns the document (through commands::Editor), reads and decodes
// keys from the terminal, applies them, sends views to render and edits to autosave.
#pragma once

#include "editor/commands/editor.hpp"
#include "editor/components/channel_ends.hpp"
#include "editor/components/component_context.hpp"
#include "ipc/component.hpp"

namespace trio::components {

class InputComponent final : public ipc::Component {
public:
    InputComponent(commands::Editor editor, InputEnds ends, ComponentContext context);

    [[nodiscard]] std::string_view name() const override { return "input"; }
    [[nodiscard]] int run() override;

private:
    class Loop;
    commands::Editor m_editor;
    InputEnds m_ends;
    ComponentContext m_context;
};

} // namespace trio::components
