// The one-line answer typed into a prompt (search text, a line number). Runs in the input
// component.
#pragma once

#include "editor/keys/key.hpp"

#include <string>

namespace trio::commands {

// What a key did to the field.
enum class FieldEdit { Changed, Unchanged, NotAnEdit };

class PromptField {
public:
    // Printable characters and pastes (line breaks dropped) are appended; Backspace removes
    // the last character (a whole grapheme cluster). Other keys are NotAnEdit: the prompt
    // decides what they mean.
    [[nodiscard]] FieldEdit handle_key(const keys::Key& key);

    void clear() { m_text.clear(); }
    void set(std::string text) { m_text = std::move(text); }
    [[nodiscard]] const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

} // namespace trio::commands
