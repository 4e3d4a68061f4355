// The internal clipboard of the editing session: copy, cut and paste (Ctrl-C/X/V), cutting
// lines (Ctrl-K, repeated presses collect them) and duplicating (Ctrl-D); what is copied is
// also offered to the terminal's clipboard (OSC 52). Runs in the input component.
#include "editor/commands/editor.hpp"

#include <algorithm>

namespace trio::commands {

using document::ByteOffset;
using document::ByteRange;
using document::LineIndex;
using EditKind = document::EditOp::Kind;
using keys::KeyCode;
using keys::Modifier;

namespace {

// The cursor's line with its line break (none on the last line).
ByteRange whole_line(const document::Document& doc, ByteOffset pos) {
    const LineIndex line = doc.line_of(pos);
    const ByteOffset end = doc.line_end(line);
    return ByteRange{doc.line_start(line), end.value < doc.size().value
                                               ? doc.line_start(LineIndex(line.value + 1))
                                               : end};
}

// "3 lines" for text with line breaks, "5 characters" for a part of one line.
std::string amount(std::string_view text) {
    const auto breaks = static_cast<std::uint64_t>(std::count(text.begin(), text.end(), '\n'));
    if (breaks == 0) {
        const auto chars =
            static_cast<std::uint64_t>(std::count_if(text.begin(), text.end(), [](char c) {
                return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            }));
        return std::to_string(chars) + (chars == 1 ? " character" : " characters");
    }
    const std::uint64_t lines = text.back() == '\n' ? breaks : breaks + 1;
    return std::to_string(lines) + (lines == 1 ? " line" : " lines");
}

} // namespace

bool Editor::handle_clipboard_key(const keys::Key& key) {
    if (key.code != KeyCode::Char || key.modifiers != Modifier::Ctrl) {
        return false;
    }
    const std::optional<ByteRange> selected = selection();
    switch (key.codepoint) {
    case 'c':
        // As micro: with nothing selected, the line is copied.
        copy(selected ? *selected : whole_line(m_doc, m_cursor), "Copied");
        return true;
    case 'x':
        if (selected) {
            copy(*selected, "Cut");
            (void)erase_selection();
        } else {
            cut_line();
            m_collecting_lines = false; // only Ctrl-K collects
        }
        return true;
    case 'k':
        cut_line();
        return true;
    case 'v':
        paste_clipboard();
        return true;
    case 'd':
        duplicate();
        return true;
    default:
        return false;
    }
}

void Editor::set_clipboard(std::string text) {
    *m_clipboard = std::move(text);
    if (m_clipboard->size() <= protocol::max_osc52_bytes) {
        m_clipboard_copy = *m_clipboard;
    } else {
        m_clipboard_copy.reset();
    }
}

std::optional<std::string> Editor::take_clipboard_copy() {
    std::optional<std::string> out;
    out.swap(m_clipboard_copy);
    return out;
}

void Editor::copy(ByteRange range, std::string_view verb) {
    if (range.begin == range.end) {
        set_message("Nothing to copy: the line is empty");
        return;
    }
    set_clipboard(m_doc.text(range));
    set_message(std::string(verb) + " " + amount(*m_clipboard));
}

void Editor::cut_line() {
    const std::optional<ByteRange> selected = selection();
    if (selected) { // nano: with a mark set, ^K cuts the marked text
        copy(*selected, "Cut");
        (void)erase_selection();
        return;
    }
    const ByteRange range = whole_line(m_doc, m_cursor);
    if (range.begin == range.end) {
        m_collecting_lines = false;
        set_message("Nothing to cut");
        return;
    }
    std::string text = m_doc.text(range);
    if (text.back() != '\n') {
        text += m_line_break; // the last line: pasted back, it is still a line of its own
    }
    set_clipboard(m_collecting_lines ? *m_clipboard + text : std::move(text));
    m_collecting_lines = true;
    m_anchor = range.end;
    m_cursor = range.begin;
    (void)erase_selection();
    set_message("Cut " + amount(*m_clipboard));
}

void Editor::paste_clipboard() {
    if (m_clipboard->empty()) {
        set_message("Nothing to paste");
        return;
    }
    // Verbatim, one undo step: a pasted block is never auto-indented.
    insert_replacing_selection(*m_clipboard, history::Run::Single);
}

void Editor::duplicate() {
    const std::optional<ByteRange> selected = selection();
    const ByteOffset before = m_cursor;
    ByteOffset at;
    std::string text;
    ByteOffset cursor_after;
    if (selected) {
        at = selected->end;
        text = m_doc.text(*selected);
        cursor_after = ByteOffset(at.value + text.size());
    } else {
        const LineIndex line = m_doc.line_of(m_cursor);
        const ByteOffset start = m_doc.line_start(line);
        at = m_doc.line_end(line);
        text = m_line_break + m_doc.text(ByteRange{start, at});
        // The same column of the copy, on the next line.
        cursor_after = ByteOffset(at.value + m_line_break.size() + (m_cursor.value - start.value));
    }
    if (text.empty()) {
        return;
    }
    perform_insert(at, text);
    m_history.record_step({history::Edit{EditKind::Insert, at, text}}, before, cursor_after);
    move_to(cursor_after);
    // A duplicated selection: the copy is selected, so Ctrl-D again duplicates it again.
    m_anchor = selected ? std::optional<ByteOffset>(at) : std::nullopt;
    set_message(selected ? "Duplicated the selection" : "Duplicated the line");
}

} // namespace trio::commands
