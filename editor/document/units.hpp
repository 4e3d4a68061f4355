// Strong unit types for positions in a document and on the screen. Pure value types,
// used by every component; a ByteOffset can never be passed where a DisplayColumn is meant.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>

namespace trio::document {

// A quantity with a unit tag: arithmetic within one unit, explicit conversion out.
template <class Tag, class Rep> struct Unit {
    Rep value = 0;

    constexpr Unit() = default;
    constexpr explicit Unit(Rep v) : value(v) {}

    constexpr auto operator<=>(const Unit&) const = default;
    constexpr Unit operator+(Unit o) const { return Unit(value + o.value); }
    constexpr Unit operator-(Unit o) const { return Unit(value - o.value); }
    constexpr Unit& operator+=(Unit o) {
        value += o.value;
        return *this;
    }
    constexpr Unit& operator-=(Unit o) {
        value -= o.value;
        return *this;
    }
    constexpr Unit& operator++() {
        ++value;
        return *this;
    }
    constexpr Unit& operator--() {
        --value;
        return *this;
    }
};

using ByteOffset = Unit<struct ByteOffsetTag, std::uint64_t>; // from the start of the document
using ByteCount = Unit<struct ByteCountTag, std::uint64_t>;   // a length in bytes
using LineIndex = Unit<struct LineIndexTag, std::uint64_t>;   // 0-based line number
using DisplayColumn =
    Unit<struct DisplayColumnTag, std::int64_t>;    // terminal cells from the line start
using SeqNo = Unit<struct SeqNoTag, std::uint64_t>; // order of edits and saves

struct ByteRange {
    ByteOffset begin;
    ByteOffset end; // exclusive
    [[nodiscard]] constexpr ByteCount size() const { return ByteCount(end.value - begin.value); }
    constexpr bool operator==(const ByteRange&) const = default;
};

} // namespace trio::document
