// Cursor movement over grapheme clusters and display columns. Runs in the input component.
#include "editor/commands/cursor_motion.hpp"

#include "editor/text/glyph.hpp"
#include "editor/text/grapheme.hpp"

#include <algorithm>

namespace trio::commands {

std::string line_text(const Document& doc, LineIndex line) {
    return doc.text({doc.line_start(line), doc.line_end(line)});
}

ByteOffset next_position(const Document& doc, ByteOffset pos) {
    const LineIndex line = doc.line_of(pos);
    const ByteOffset end = doc.line_end(line);
    if (pos >= end) {
        // Over the whole line break ("\n" or "\r\n") to the next line, if there is one.
        return pos.value < doc.size().value ? doc.line_start(LineIndex(line.value + 1)) : pos;
    }
    const ByteOffset start = doc.line_start(line);
    const std::string text = line_text(doc, line);
    return ByteOffset(start.value + text::next_grapheme(text, pos.value - start.value));
}

ByteOffset previous_position(const Document& doc, ByteOffset pos) {
    const LineIndex line = doc.line_of(pos);
    const ByteOffset start = doc.line_start(line);
    if (pos <= start) {
        return line.value > 0 ? doc.line_end(LineIndex(line.value - 1)) : pos; // over the break
    }
    const std::string text = line_text(doc, line);
    return ByteOffset(start.value + text::previous_grapheme(text, pos.value - start.value));
}

DisplayColumn column_of(const Document& doc, ByteOffset pos, int tab_width) {
    const LineIndex line = doc.line_of(pos);
    const ByteOffset start = doc.line_start(line);
    const std::string text = doc.text({start, pos});
    return DisplayColumn(text::display_width(text, tab_width));
}

ByteOffset position_at_column(const Document& doc, LineIndex line, DisplayColumn column,
                              int tab_width) {
    const ByteOffset start = doc.line_start(line);
    return ByteOffset(start.value +
                      text::byte_at_column(line_text(doc, line), column.value, tab_width));
}

LineIndex last_line_up_to(const Document& doc, LineIndex line) {
    if (doc.lines_indexed()) {
        return LineIndex(std::min(line.value, doc.line_count().value - 1));
    }
    return doc.line_exists(line) ? line : LineIndex(doc.line_count().value - 1);
}

} // namespace trio::commands
