// Cursor movement over grapheme clusters and display columns. Runs in the input component.
#include "editor/commands/cursor_motion.hpp"

#include "editor/text/glyph.hpp"
#include "editor/text/grapheme.hpp"
#include "editor/view/line_prefix.hpp"

#include <algorithm>

namespace trio::commands {

namespace {

// How far motion looks around the cursor instead of copying a (possibly 50 MiB) line.
constexpr std::uint64_t window = 4096;

} // namespace

ByteOffset next_position(const Document& doc, ByteOffset pos) {
    const LineIndex line = doc.line_of(pos);
    const ByteOffset end = doc.line_end(line);
    if (pos >= end) {
        // Over the whole line break ("\n" or "\r\n") to the next line, if there is one.
        return pos.value < doc.size().value ? doc.line_start(LineIndex(line.value + 1)) : pos;
    }
    // A window is enough: a grapheme cluster is never 4 KiB long in real text.
    const std::string text = doc.text({pos, ByteOffset(std::min(end.value, pos.value + window))});
    return ByteOffset(pos.value + text::next_grapheme(text, 0));
}

ByteOffset previous_position(const Document& doc, ByteOffset pos) {
    const LineIndex line = doc.line_of(pos);
    const ByteOffset start = doc.line_start(line);
    if (pos <= start) {
        return line.value > 0 ? doc.line_end(LineIndex(line.value - 1)) : pos; // over the break
    }
    const ByteOffset from(std::max(start.value, pos.value - std::min(pos.value, window)));
    const std::string text = doc.text({from, pos});
    return ByteOffset(from.value + text::previous_grapheme(text, text.size()));
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
    const std::string text = view::line_prefix(doc, line, column.value, tab_width);
    return ByteOffset(start.value + text::byte_at_column(text, column.value, tab_width));
}

LineIndex last_line_up_to(const Document& doc, LineIndex line) {
    if (doc.lines_indexed()) {
        return LineIndex(std::min(line.value, doc.line_count().value - 1));
    }
    return doc.line_exists(line) ? line : LineIndex(doc.line_count().value - 1);
}

} // namespace trio::commands
