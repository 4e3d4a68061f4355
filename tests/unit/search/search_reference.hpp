// The obviously-correct search the tests compare SearchJob and LiteralFinder against: fold
// ASCII letters, then std::string find/rfind. Test-only; no component runs it.
#pragma once

#include "editor/search/search_query.hpp"

#include <optional>
#include <string>

namespace trio::search::testing {

inline std::string fold_ascii(std::string s, CaseMode mode) {
    if (mode == CaseMode::Insensitive) {
        for (char& c : s) {
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
            }
        }
    }
    return s;
}

struct ReferenceMatch {
    std::size_t begin = 0;
    bool wrapped = false;
    bool operator==(const ReferenceMatch&) const = default;
};

// The match SearchJob must report, per its contract, or nullopt.
inline std::optional<ReferenceMatch> reference_search(const std::string& text,
                                                      const SearchQuery& query, std::size_t start) {
    if (query.needle.empty()) {
        return std::nullopt;
    }
    const std::string hay = fold_ascii(text, query.case_mode);
    const std::string needle = fold_ascii(query.needle, query.case_mode);
    constexpr std::size_t npos = std::string::npos;
    const bool wrap = query.wrap == Wrap::Yes;
    if (query.direction == Direction::Forward) {
        if (const std::size_t p = hay.find(needle, start); p != npos) {
            return ReferenceMatch{p, false};
        }
        if (const std::size_t p = hay.find(needle); wrap && p != npos && p < start) {
            return ReferenceMatch{p, true};
        }
        return std::nullopt;
    }
    if (start > 0) {
        if (const std::size_t p = hay.rfind(needle, start - 1); p != npos) {
            return ReferenceMatch{p, false};
        }
    }
    if (const std::size_t p = hay.rfind(needle); wrap && p != npos && p >= start) {
        return ReferenceMatch{p, true};
    }
    return std::nullopt;
}

} // namespace trio::search::testing
