// Generates the round-trip corpus and states what each file's first screen shows (the
// notations are editor/text/glyph.hpp's: ^X, \xNN, <feff>). Runs in the test process.
#include "tests/e2e/roundtrip/corpus.hpp"

#include <algorithm>
#include <stdexcept>

namespace trio::e2e {
namespace {

constexpr std::size_t kib = 1024;
constexpr std::size_t mib = 1024 * kib;

// `size` bytes of 16-byte blocks "<offset in 15 hex digits> ": every position of a huge line
// is distinguishable, so a dropped or repeated block shows at its real offset.
std::string counting_text(std::size_t size) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string text(size, ' ');
    for (std::size_t block = 0; block < size; block += 16) {
        for (std::size_t i = 0; i < 15 && block + i < size; ++i) {
            text[block + i] = digits[(block >> (4 * (14 - i))) & 0xF];
        }
    }
    return text;
}

std::string every_byte() {
    std::string bytes(256, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(i);
    }
    return bytes;
}

std::string numbered_lines(int count) {
    std::string text;
    for (int i = 1; i <= count; ++i) {
        text += "line " + std::to_string(i) + "\n";
    }
    return text;
}

std::string trim_right(std::string row) {
    row.erase(row.find_last_not_of(' ') + 1);
    return row;
}

RowCheck status_shows(std::string text) {
    return {roundtrip_status_row, RowMatch::Contains, std::move(text), "line count in the status"};
}

} // namespace

bool RowCheck::holds(const std::vector<std::string>& rows) const {
    if (row < 0 || static_cast<std::size_t>(row) >= rows.size()) {
        return false;
    }
    const auto shown = trim_right(rows[static_cast<std::size_t>(row)]);
    switch (match) {
    case RowMatch::Equals:
        return shown == text;
    case RowMatch::StartsWith:
        return shown.starts_with(text);
    case RowMatch::Contains:
        return shown.find(text) != std::string::npos;
    }
    return false;
}

std::vector<CorpusFile> corpus_files() {
    using enum RowMatch;
    const std::string huge_line_start = counting_text(64);
    return {
        {"crlf",
         [] { return std::string("line one\r\nline two\r\nline three\r\n"); },
         {{0, Equals, "line one", "a CR LF line break is not shown as ^M"},
          {1, Equals, "line two", "a CR LF line break is not shown as ^M"},
          status_shows("Ln 1/4,")}},
        {"lone_cr",
         [] { return std::string("mac one\rmac two\rmac three\r"); },
         // A CR sent to the terminal raw would let "mac two" overwrite "mac one".
         {{0, StartsWith, "mac one", "a lone CR is never written to the terminal raw"}}},
        {"mixed_line_endings",
         [] { return std::string("unix\nwindows\r\nmac\rend\n"); },
         {{0, Equals, "unix", "the LF line"}}},
        {"no_final_newline",
         [] { return std::string("first\nlast"); },
         {{1, Equals, "last", "the unterminated last line"}, status_shows("Ln 1/2,")}},
        {"only_newlines", [] { return std::string(5, '\n'); }, {status_shows("Ln 1/6,")}},
        {"empty",
         [] { return std::string(); },
         {{0, Equals, "", "nothing"}, status_shows("Ln 1/1,")}},
        {"nul_bytes",
         [] { return std::string("a\0b\0\0c\n\0\n", 10); },
         {{0, Equals, "a^@b^@^@c", "NUL shown as ^@"}, {1, Equals, "^@", "NUL shown as ^@"}}},
        {"every_byte",
         every_byte,
         // 0x00-0x08, a tab, then 0x0A ends the row; row 1 starts with 0x0B, 0x0C, a lone CR.
         {{0, StartsWith, "^@^A^B^C^D^E^F^G^H", "C0 controls shown as ^X"},
          {1, StartsWith, "^K^L^M^N^O^P", "C0 controls shown as ^X, a lone CR as ^M"}}},
        {"invalid_utf8",
         [] {
             return std::string("truncated \xe4\xb8\n"
                                "overlong \xc0\xaf\n"
                                "surrogate \xed\xa0\x80\n"
                                "ff \xff\n"
                                "lone continuation \x80 end\n"
                                "truncated at end of file \xf0\x9f\x98");
         },
         {{0, Equals, "truncated \\xe4\\xb8", "invalid bytes shown as \\xNN"},
          {1, Equals, "overlong \\xc0\\xaf", "an overlong encoding shown as \\xNN"},
          {2, Equals, "surrogate \\xed\\xa0\\x80", "an encoded surrogate shown as \\xNN"},
          {3, Equals, "ff \\xff", "0xFF shown as \\xff"},
          {4, Equals, "lone continuation \\x80 end", "a lone continuation byte shown as \\x80"},
          {5, Equals, "truncated at end of file \\xf0\\x9f\\x98", "a truncated last sequence"}}},
        {"utf8_bom",
         [] {
             return std::string("\xef\xbb\xbf"
                                "bom first line\nsecond\n");
         },
         {{0, Equals, "<feff>bom first line", "the BOM is shown, not hidden"}}},
        {"unicode",
         [] { return std::string("中文 text\nemoji \xf0\x9f\x98\x80 ok\ne\xcc\x81 combining\n"); },
         {{0, Equals, "中文 text", "Chinese (double-width)"},
          {1, Equals, "emoji \xf0\x9f\x98\x80 ok", "an emoji"},
          {2, Equals, "e\xcc\x81 combining", "a combining mark joined to its base"}}},
        {"tabs",
         [] { return std::string("\tone\n\t\ttwo\na\tb\n"); },
         {{0, Equals, "        one", "a tab to column 8"},
          {1, Equals, "                two", "two tabs"},
          {2, Equals, "a       b", "a tab after text, to the next stop"}}},
        {"line_1mib",
         [] { return counting_text(mib) + "\n"; },
         {{0, StartsWith, huge_line_start, "the start of a 1 MiB line"}, status_shows("Ln 1/2,")}},
        {"single_line_50mib",
         [] { return counting_text(50 * mib); },
         {{0, StartsWith, huge_line_start, "the start of a 50 MiB line"}}},
        {"lines_100000",
         [] { return numbered_lines(100'000); },
         {{0, Equals, "line 1", "the first line"},
          {8, Equals, "line 9", "the ninth line"},
          status_shows("Ln 1/100001,")}},
    };
}

CorpusFile corpus_file(std::string_view name) {
    auto files = corpus_files();
    const auto found = std::find_if(files.begin(), files.end(),
                                    [&](const CorpusFile& file) { return file.name == name; });
    if (found == files.end()) {
        throw std::out_of_range("no corpus file named " + std::string(name));
    }
    return std::move(*found);
}

} // namespace trio::e2e
