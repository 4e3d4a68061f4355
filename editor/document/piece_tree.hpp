// The pieces of a document in order, in a balanced tree with subtree byte and '\n' sums: the
// structure behind every Document edit and look-up (input component and autosave replica).
#pragma once

#include "editor/document/piece.hpp"
#include "editor/document/piece_buffers.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace trio::document {

// Why a treap: split and merge give insert, erase, offset and line look-ups in O(log pieces)
// expected with two short primitives (an AVL or red-black tree needs rotations per case), and
// range erase is two splits. Priorities come from a per-tree xorshift with a fixed seed, so
// runs are reproducible; a node's expected depth is about 2 ln(pieces), and a tree much
// deeper than that is vanishingly unlikely (a test checks 10,000 cuts of one piece). Nodes live in
// one vector addressed by 32-bit indices: copying a tree is one copy of a contiguous array, and an
// edit allocates nothing once the vector has grown.
//
// Lazy '\n' sums: a piece of the original may be uncounted (unknown_newlines), and then so is
// the sum of every subtree holding it. Queries count only the pieces they must (all of them
// before the offset for newlines_before, up to the answer for find_newline) and cache the
// counts. Therefore even the const-looking queries mutate: not thread-safe, one owner.
//
// Contract: offsets are checked by the caller (Document). Copyable; a copy is independent.
class PieceTree {
public:
    [[nodiscard]] std::uint64_t size() const { return m_nodes[m_root].sub_bytes; }
    [[nodiscard]] std::size_t piece_count() const { return m_nodes.size() - 1 - m_free.size(); }
    // The longest root-to-leaf path, in nodes (for tests and diagnostics; O(pieces)).
    [[nodiscard]] std::size_t depth() const { return depth_of(m_root); }

    // Inserts `piece` at document offset `offset`; extends the piece that ends there instead
    // when `piece` continues it in the same buffer (typing at the end of the last insert).
    void insert(std::uint64_t offset, const Piece& piece, PieceBuffers& buffers);
    void erase(std::uint64_t begin, std::uint64_t end, PieceBuffers& buffers);

    // The piece holding byte `offset` (< size()) and the offset within it.
    struct Position {
        Piece piece;
        std::uint64_t within = 0;
    };
    [[nodiscard]] Position locate(std::uint64_t offset) const;

    // Calls fn(piece, from, to) for each piece meeting [begin, end), in order, with the part
    // [from, to) of the piece that lies in the range. fn must not modify the tree.
    using PieceFn = std::function<void(const Piece&, std::uint64_t, std::uint64_t)>;
    void for_each(std::uint64_t begin, std::uint64_t end, const PieceFn& fn) const;

    [[nodiscard]] std::uint64_t newlines_before(std::uint64_t offset, PieceBuffers& buffers);
    [[nodiscard]] std::uint64_t newline_count(PieceBuffers& buffers);
    // Marks every piece of the original uncounted again (its bytes changed under us).
    void forget_original_counts() { forget_original_counts(m_root); }

    // The document offset of the n-th '\n' (0-based), or nullopt when there are n or fewer.
    [[nodiscard]] std::optional<std::uint64_t> find_newline(std::uint64_t n, PieceBuffers& buffers);

private:
    using NodeId = std::uint32_t;
    static constexpr NodeId nil = 0;
    struct Node {
        Piece piece;
        std::uint64_t sub_bytes = 0;
        std::uint64_t sub_newlines = 0; // unknown_newlines if any piece below is uncounted
        NodeId left = nil;
        NodeId right = nil;
        std::uint32_t priority = 0;
    };
    struct Search {
        std::optional<std::uint64_t> offset; // found: relative to the subtree's first byte
        std::uint64_t newlines = 0;          // not found: the subtree's '\n' count
    };

    [[nodiscard]] std::size_t depth_of(NodeId t) const;
    [[nodiscard]] NodeId make_node(const Piece& piece, std::uint32_t priority);
    [[nodiscard]] std::uint32_t next_priority();
    void update(NodeId t);
    [[nodiscard]] std::pair<NodeId, NodeId> split(NodeId t, std::uint64_t k, PieceBuffers& buffers);
    [[nodiscard]] NodeId merge(NodeId a, NodeId b);
    [[nodiscard]] bool extend_last(NodeId t, const Piece& piece);
    void free_subtree(NodeId t);
    void forget_original_counts(NodeId t);
    void visit(NodeId t, std::uint64_t base, std::uint64_t begin, std::uint64_t end,
               const PieceFn& fn) const;
    std::uint64_t resolve(NodeId t, PieceBuffers& buffers);
    std::uint64_t resolve_piece(Piece& piece, PieceBuffers& buffers);
    [[nodiscard]] Search search(NodeId t, std::uint64_t n, PieceBuffers& buffers);

    std::vector<Node> m_nodes = std::vector<Node>(1); // [nil] is a sentinel with zero sums
    std::vector<NodeId> m_free;
    NodeId m_root = nil;
    std::uint32_t m_random = 0x9e3779b9u;
};

} // namespace trio::document
