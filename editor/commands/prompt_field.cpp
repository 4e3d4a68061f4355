// Editing of a prompt's one-line answer. Runs in the input component.
#include "editor/commands/prompt_field.hpp"

#include "editor/text/grapheme.hpp"
#include "editor/text/utf8.hpp"

namespace trio::commands {

using keys::KeyCode;
using keys::Modifier;

FieldEdit PromptField::handle_key(const keys::Key& key) {
    switch (key.code) {
    case KeyCode::Char:
        if (key.modifiers != Modifier::None && key.modifiers != Modifier::Shift) {
            return FieldEdit::NotAnEdit;
        }
        m_text += text::encode_utf8(key.codepoint);
        return FieldEdit::Changed;
    case KeyCode::Paste:
        // A one-line field: a pasted line break would end the answer, so it is dropped.
        for (const char c : key.text) {
            if (c != '\r' && c != '\n') {
                m_text += c;
            }
        }
        return FieldEdit::Changed;
    case KeyCode::Backspace:
        if (m_text.empty()) {
            return FieldEdit::Unchanged;
        }
        m_text.resize(text::previous_grapheme(m_text, m_text.size()));
        return FieldEdit::Changed;
    default:
        return FieldEdit::NotAnEdit;
    }
}

} // namespace trio::commands
