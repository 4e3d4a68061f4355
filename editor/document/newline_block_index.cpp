// Lazily built per-block '\n' counts of an append-only byte sequence. Runs inside Document
// look-ups in the input component and the autosave replica.
#include "editor/document/newline_block_index.hpp"

#include "editor/document/newline_count.hpp"

#include <algorithm>

namespace trio::document {

std::uint64_t NewlineBlockIndex::before_boundary(std::uint64_t b) const {
    return m_super[b / blocks_per_super] + m_relative[b];
}

bool NewlineBlockIndex::can_extend(std::string_view text) const {
    return boundaries() * block_bytes <= text.size();
}

void NewlineBlockIndex::extend(std::string_view text) {
    const std::uint64_t last = boundaries() - 1;
    const std::uint64_t total =
        before_boundary(last) + count_newlines(text.substr(last * block_bytes, block_bytes));
    if ((last + 1) % blocks_per_super == 0) {
        m_super.push_back(total);
        m_relative.push_back(0);
    } else {
        // Fits: a superblock holds fewer than 65536 bytes before its last boundary.
        m_relative.push_back(static_cast<std::uint16_t>(total - m_super.back()));
    }
}

void NewlineBlockIndex::index_through(std::string_view text, std::uint64_t boundary) {
    if (m_relative.size() == 1) {
        // Reserve once for what is there now, so the index of a big original is exactly sized.
        m_relative.reserve(text.size() / block_bytes + 1);
        m_super.reserve(text.size() / (block_bytes * blocks_per_super) + 1);
    }
    while (boundaries() <= boundary && can_extend(text)) {
        extend(text);
    }
}

std::uint64_t NewlineBlockIndex::newlines_before(std::string_view text, std::uint64_t offset) {
    const std::uint64_t b = offset / block_bytes;
    const std::uint64_t rest = offset % block_bytes;
    const std::uint64_t block_end = (b + 1) * block_bytes;
    // Scan the shorter side of offset within its block: backwards from the next boundary when
    // that block is complete and offset is in its second half.
    if (rest > block_bytes / 2 && block_end <= text.size()) {
        index_through(text, b + 1);
        return before_boundary(b + 1) - count_newlines(text.substr(offset, block_end - offset));
    }
    index_through(text, b);
    return before_boundary(b) + count_newlines(text.substr(b * block_bytes, rest));
}

std::optional<std::uint64_t> NewlineBlockIndex::find_newline(std::string_view text, std::uint64_t n,
                                                             std::uint64_t limit) {
    limit = std::min<std::uint64_t>(limit, text.size());
    while (before_boundary(boundaries() - 1) <= n && (boundaries() - 1) * block_bytes < limit &&
           can_extend(text)) {
        extend(text);
    }
    // The last boundary with at most n '\n' before it: the answer lies in the block after it
    // (or past the last indexed boundary, at most a block before limit or the end).
    std::uint64_t low = 0;
    std::uint64_t high = boundaries() - 1;
    while (low < high) {
        const std::uint64_t mid = (low + high + 1) / 2;
        if (before_boundary(mid) <= n) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    const std::uint64_t from = low * block_bytes;
    if (from >= limit) {
        return std::nullopt;
    }
    const std::optional<std::uint64_t> hit =
        trio::document::find_newline(text.substr(from, limit - from), n - before_boundary(low));
    if (!hit) {
        return std::nullopt;
    }
    return from + *hit;
}

std::uint64_t NewlineBlockIndex::index(std::string_view text, std::uint64_t max_bytes) {
    const std::uint64_t blocks =
        max_bytes == 0 ? 0 : std::max<std::uint64_t>(1, max_bytes / block_bytes);
    index_through(text, boundaries() - 1 + blocks);
    return unindexed_bytes(text);
}

std::uint64_t NewlineBlockIndex::unindexed_bytes(std::string_view text) const {
    const std::uint64_t complete = text.size() / block_bytes * block_bytes;
    return complete - (boundaries() - 1) * block_bytes;
}

} // namespace trio::document
