// Unit tests for PieceTree on its own: the tree stays shallow however its pieces are made,
// and uncounted pieces are counted only when asked.
#include "editor/document/piece_tree.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <random>
#include <string>

namespace trio::document {
namespace {

// Expected depth of a treap is about 2.5 ln(n); four times that is already absurdly unlikely.
std::size_t generous_depth_bound(std::size_t pieces) {
    return static_cast<std::size_t>(10.0 * std::log(static_cast<double>(pieces) + 1.0)) + 4;
}

TEST(PieceTree, CuttingOnePieceManyTimesKeepsTheTreeShallow) {
    PieceBuffers buffers(OriginalBytes::from_string(std::string(100000, 'a')));
    PieceTree tree;
    tree.insert(0, Piece{PieceSource::Original, 0, 100000, unknown_newlines}, buffers);
    std::mt19937 rng(3);
    for (int i = 0; i < 10000; ++i) { // cut at a random place by erasing nothing but a byte
        const auto at = std::uniform_int_distribution<std::uint64_t>(1, tree.size() - 1)(rng);
        tree.erase(at, at + 1, buffers);
    }
    EXPECT_GT(tree.piece_count(), 5000U);
    EXPECT_LE(tree.depth(), generous_depth_bound(tree.piece_count()));
}

TEST(PieceTree, AppendingAndPrependingManyPiecesKeepsTheTreeShallow) {
    PieceBuffers buffers;
    PieceTree tree;
    for (int i = 0; i < 5000; ++i) {
        const Piece piece = buffers.append(i % 2 == 0 ? "x\n" : "y");
        const Piece apart = buffers.append("-"); // so the next piece does not extend this one
        tree.insert(i % 4 < 2 ? 0 : tree.size(), piece, buffers);
        (void)apart;
    }
    EXPECT_EQ(tree.piece_count(), 5000U);
    EXPECT_LE(tree.depth(), generous_depth_bound(tree.piece_count()));
    EXPECT_EQ(tree.newline_count(buffers), 2500U);
}

TEST(PieceTree, FindingAnEarlyNewlineLeavesLaterPiecesUncounted) {
    std::string text(1 << 20, 'a');
    for (std::size_t i = 0; i < text.size(); i += 100) {
        text[i] = '\n';
    }
    PieceBuffers buffers(OriginalBytes::from_string(text));
    PieceTree tree;
    tree.insert(0, Piece{PieceSource::Original, 0, text.size(), unknown_newlines}, buffers);
    tree.insert(text.size() / 2, buffers.append("\n"), buffers); // cuts the uncounted piece
    EXPECT_EQ(tree.find_newline(3, buffers), std::optional<std::uint64_t>(300));
    EXPECT_GT(buffers.original_unindexed(), text.size() - 3 * NewlineBlockIndex::block_bytes);
    EXPECT_EQ(tree.newline_count(buffers), (text.size() + 99) / 100 + 1); // + the inserted one
    EXPECT_EQ(buffers.original_unindexed(), 0U);
}

} // namespace
} // namespace trio::document
