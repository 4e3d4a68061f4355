// Vectorised '\n' counting and memchr-based finding. Runs inside Document look-ups, in the
// input component and the autosave replica.
#include "editor/document/newline_count.hpp"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace trio::document {

namespace {

std::uint64_t count_scalar(const char* p, std::size_t n) {
    std::uint64_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        count += p[i] == '\n' ? 1 : 0;
    }
    return count;
}

} // namespace

#if defined(__SSE2__)

std::uint64_t count_newlines(std::string_view bytes) {
    const char* p = bytes.data();
    std::size_t n = bytes.size();
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    __m128i total = zero; // two 64-bit sums
    constexpr std::size_t step = 64;
    while (n >= step) {
        // Byte lanes count matches by subtracting 0xFF (-1), so they overflow after 255 rounds;
        // four independent accumulators keep the loads and compares in flight.
        const std::size_t rounds = std::min<std::size_t>(n / step, 255);
        __m128i a0 = zero;
        __m128i a1 = zero;
        __m128i a2 = zero;
        __m128i a3 = zero;
        for (std::size_t r = 0; r < rounds; ++r, p += step) {
            const auto* v = reinterpret_cast<const __m128i*>(p);
            a0 = _mm_sub_epi8(a0, _mm_cmpeq_epi8(_mm_loadu_si128(v), newline));
            a1 = _mm_sub_epi8(a1, _mm_cmpeq_epi8(_mm_loadu_si128(v + 1), newline));
            a2 = _mm_sub_epi8(a2, _mm_cmpeq_epi8(_mm_loadu_si128(v + 2), newline));
            a3 = _mm_sub_epi8(a3, _mm_cmpeq_epi8(_mm_loadu_si128(v + 3), newline));
        }
        n -= rounds * step;
        total = _mm_add_epi64(total, _mm_sad_epu8(a0, zero));
        total = _mm_add_epi64(total, _mm_sad_epu8(a1, zero));
        total = _mm_add_epi64(total, _mm_sad_epu8(a2, zero));
        total = _mm_add_epi64(total, _mm_sad_epu8(a3, zero));
    }
    const auto low = static_cast<std::uint64_t>(_mm_cvtsi128_si64(total));
    const auto high =
        static_cast<std::uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(total, total)));
    return low + high + count_scalar(p, n);
}

#else

std::uint64_t count_newlines(std::string_view bytes) {
    return count_scalar(bytes.data(), bytes.size());
}

#endif

std::optional<std::uint64_t> find_newline(std::string_view bytes, std::uint64_t n) {
    const char* const begin = bytes.data();
    const char* const end = begin + bytes.size();
    const char* p = begin;
    while (p < end) {
        const auto* hit =
            static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (hit == nullptr) {
            return std::nullopt;
        }
        if (n == 0) {
            return static_cast<std::uint64_t>(hit - begin);
        }
        --n;
        p = hit + 1;
    }
    return std::nullopt;
}

} // namespace trio::document
