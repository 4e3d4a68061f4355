// Bounded copies of a line's start; see line_prefix.hpp. Input component.
#include "editor/view/line_prefix.hpp"

#include "editor/text/glyph.hpp"

#include <algorithm>

namespace trio::view {

std::string line_prefix(const document::Document& doc, document::LineIndex line,
                        std::int64_t columns, int tab_width) {
    const document::ByteOffset start = doc.line_start(line);
    const document::ByteOffset end = doc.line_end(line);
    std::uint64_t window = static_cast<std::uint64_t>(std::max<std::int64_t>(columns, 0)) * 4 + 64;
    for (;;) {
        const document::ByteOffset stop(std::min(end.value, start.value + window));
        std::string text = doc.text({start, stop});
        if (stop == end || text::display_width(text, tab_width) > columns) {
            return text;
        }
        window *= 2;
    }
}

} // namespace trio::view
