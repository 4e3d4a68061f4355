// Grapheme cluster boundaries over possibly invalid UTF-8. Runs in the input component.
#include "editor/text/grapheme.hpp"

#include "editor/text/utf8.hpp"

#include <utf8proc.h>

namespace trio::text {

namespace {

utf8proc_int32_t as_utf8proc(char32_t c) {
    return static_cast<utf8proc_int32_t>(c);
}

int bound_class(char32_t c) {
    return utf8proc_get_property(as_utf8proc(c))->boundclass;
}

// The character that ends exactly at `pos`, if a valid one does (only up to 3 continuation
// bytes can precede it). Every non-continuation byte is a decode step of a forward scan, so
// a valid character found this way is the one a forward scan would see.
DecodedChar character_ending_at(std::string_view s, std::size_t pos) {
    std::size_t start = pos;
    while (start > 0 && pos - start < 4) {
        --start;
        if (!is_continuation_byte(static_cast<unsigned char>(s[start]))) {
            const DecodedChar c = decode_utf8(s, start);
            if (c.valid && start + c.length == pos) {
                return c;
            }
            break;
        }
    }
    return {replacement_character, 1, false};
}

// True when byte `pos` is a continuation byte of a valid character that starts before it.
bool inside_valid_character(std::string_view s, std::size_t pos) {
    if (!is_continuation_byte(static_cast<unsigned char>(s[pos]))) {
        return false;
    }
    std::size_t start = pos;
    while (start > 0 && pos - start < 3) {
        --start;
        if (!is_continuation_byte(static_cast<unsigned char>(s[start]))) {
            const DecodedChar c = decode_utf8(s, start);
            return c.valid && start + c.length > pos;
        }
    }
    return false;
}

// True when a cluster boundary at `pos` follows from the two characters around it alone.
// utf8proc's state only matters after a ZWJ (emoji sequences, GB11) or a regional
// indicator (flags, GB12/13); Extend is excluded too because newer Unicode versions carry
// state through it (Indic conjuncts, GB9c). Everywhere else the pairwise rule is exact.
bool is_certain_boundary(std::string_view s, std::size_t pos) {
    if (pos == 0) {
        return true;
    }
    const DecodedChar after = decode_utf8(s, pos);
    if (!after.valid) {
        // An invalid byte stands alone; a continuation byte of a valid character is not
        // a boundary at all.
        return !inside_valid_character(s, pos);
    }
    const DecodedChar before = character_ending_at(s, pos);
    if (!before.valid) {
        return true;
    }
    const int cls = bound_class(before.codepoint);
    if (cls == UTF8PROC_BOUNDCLASS_ZWJ || cls == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR ||
        cls == UTF8PROC_BOUNDCLASS_EXTEND) {
        return false;
    }
    utf8proc_int32_t state = 0;
    return utf8proc_grapheme_break_stateful(as_utf8proc(before.codepoint),
                                            as_utf8proc(after.codepoint), &state);
}

} // namespace

std::size_t next_grapheme(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) {
        return s.size();
    }
    DecodedChar previous = decode_utf8(s, pos);
    std::size_t end = pos + previous.length;
    if (!previous.valid) {
        return end;
    }
    utf8proc_int32_t state = 0;
    while (end < s.size()) {
        const DecodedChar next = decode_utf8(s, end);
        if (!next.valid || utf8proc_grapheme_break_stateful(as_utf8proc(previous.codepoint),
                                                            as_utf8proc(next.codepoint), &state)) {
            break;
        }
        end += next.length;
        previous = next;
    }
    return end;
}

std::size_t previous_grapheme(std::string_view s, std::size_t pos) {
    if (pos > s.size()) {
        pos = s.size();
    }
    if (pos == 0) {
        return 0;
    }
    std::size_t start = pos - 1;
    while (!is_certain_boundary(s, start)) {
        --start;
    }
    // Scan forward from a boundary we trust, with fresh utf8proc state (safe after a break).
    for (;;) {
        const std::size_t next = next_grapheme(s, start);
        if (next >= pos) {
            return start;
        }
        start = next;
    }
}

} // namespace trio::text
