// The treap of pieces with lazily counted '\n' sums. Runs inside Document operations in the
// input component and the autosave replica.
#include "editor/document/piece_tree.hpp"

#include <algorithm>

namespace trio::document {

namespace {

std::uint64_t add_counts(std::uint64_t a, std::uint64_t b) {
    return a == unknown_newlines || b == unknown_newlines ? unknown_newlines : a + b;
}

} // namespace

std::uint32_t PieceTree::next_priority() {
    // xorshift32: cheap, and deterministic so that every run builds the same shapes.
    m_random ^= m_random << 13;
    m_random ^= m_random >> 17;
    m_random ^= m_random << 5;
    return m_random;
}

std::size_t PieceTree::depth_of(NodeId t) const {
    return t == nil ? 0 : 1 + std::max(depth_of(m_nodes[t].left), depth_of(m_nodes[t].right));
}

PieceTree::NodeId PieceTree::make_node(const Piece& piece, std::uint32_t priority) {
    NodeId id = nil;
    if (m_free.empty()) {
        id = static_cast<NodeId>(m_nodes.size());
        m_nodes.emplace_back();
    } else {
        id = m_free.back();
        m_free.pop_back();
    }
    m_nodes[id] = Node{piece, 0, 0, nil, nil, priority};
    update(id);
    return id;
}

void PieceTree::update(NodeId t) {
    Node& n = m_nodes[t];
    const Node& l = m_nodes[n.left];
    const Node& r = m_nodes[n.right];
    n.sub_bytes = l.sub_bytes + n.piece.length + r.sub_bytes;
    n.sub_newlines = add_counts(add_counts(l.sub_newlines, n.piece.newlines), r.sub_newlines);
}

// Splits t into the first k bytes and the rest, cutting a piece in two if k falls inside it.
std::pair<PieceTree::NodeId, PieceTree::NodeId> PieceTree::split(NodeId t, std::uint64_t k,
                                                                 PieceBuffers& buffers) {
    if (t == nil) {
        return {nil, nil};
    }
    const std::uint64_t left_bytes = m_nodes[m_nodes[t].left].sub_bytes;
    const std::uint64_t length = m_nodes[t].piece.length;
    if (k <= left_bytes) {
        const auto [a, b] = split(m_nodes[t].left, k, buffers);
        m_nodes[t].left = b;
        update(t);
        return {a, t};
    }
    if (k >= left_bytes + length) {
        const auto [a, b] = split(m_nodes[t].right, k - left_bytes - length, buffers);
        m_nodes[t].right = a;
        update(t);
        return {t, b};
    }
    const std::uint64_t cut = k - left_bytes;
    Piece head = m_nodes[t].piece;
    Piece tail{head.source, head.start + cut, length - cut, unknown_newlines};
    head.length = cut;
    if (head.newlines != unknown_newlines) {
        // Count the shorter side; the other is the difference.
        if (cut <= length - cut) {
            const std::uint64_t total = head.newlines;
            head.newlines = buffers.count(head.source, head.start, head.start + cut);
            tail.newlines = total - head.newlines;
        } else {
            tail.newlines = buffers.count(tail.source, tail.start, tail.start + tail.length);
            head.newlines -= tail.newlines;
        }
    }
    // The tail gets its own random priority (sharing t's would make a chain of equal
    // priorities out of a piece cut many times), so it is merged in rather than adopted.
    const NodeId tail_node = make_node(tail, next_priority());
    const NodeId old_right = m_nodes[t].right;
    m_nodes[t].piece = head;
    m_nodes[t].right = nil;
    update(t);
    return {t, merge(tail_node, old_right)};
}

PieceTree::NodeId PieceTree::merge(NodeId a, NodeId b) {
    if (a == nil) {
        return b;
    }
    if (b == nil) {
        return a;
    }
    if (m_nodes[a].priority > m_nodes[b].priority) {
        const NodeId right = merge(m_nodes[a].right, b);
        m_nodes[a].right = right;
        update(a);
        return a;
    }
    const NodeId left = merge(a, m_nodes[b].left);
    m_nodes[b].left = left;
    update(b);
    return b;
}

bool PieceTree::extend_last(NodeId t, const Piece& piece) {
    if (t == nil) {
        return false;
    }
    Node& n = m_nodes[t];
    if (n.right != nil) {
        if (!extend_last(n.right, piece)) {
            return false;
        }
    } else if (n.piece.source == piece.source && n.piece.start + n.piece.length == piece.start) {
        n.piece.length += piece.length;
        n.piece.newlines = add_counts(n.piece.newlines, piece.newlines);
    } else {
        return false;
    }
    update(t);
    return true;
}

void PieceTree::insert(std::uint64_t offset, const Piece& piece, PieceBuffers& buffers) {
    const auto [left, right] = split(m_root, offset, buffers);
    NodeId joined = left;
    if (!extend_last(left, piece)) {
        joined = merge(left, make_node(piece, next_priority()));
    }
    m_root = merge(joined, right);
}

void PieceTree::free_subtree(NodeId t) {
    if (t == nil) {
        return;
    }
    free_subtree(m_nodes[t].left);
    free_subtree(m_nodes[t].right);
    m_free.push_back(t);
}

void PieceTree::erase(std::uint64_t begin, std::uint64_t end, PieceBuffers& buffers) {
    const auto [left, rest] = split(m_root, begin, buffers);
    const auto [middle, right] = split(rest, end - begin, buffers);
    free_subtree(middle);
    m_root = merge(left, right);
}

PieceTree::Position PieceTree::locate(std::uint64_t offset) const {
    NodeId t = m_root;
    while (true) {
        const Node& n = m_nodes[t];
        const std::uint64_t left_bytes = m_nodes[n.left].sub_bytes;
        if (offset < left_bytes) {
            t = n.left;
        } else if (offset - left_bytes < n.piece.length) {
            return {n.piece, offset - left_bytes};
        } else {
            offset -= left_bytes + n.piece.length;
            t = n.right;
        }
    }
}

void PieceTree::visit(NodeId t, std::uint64_t base, std::uint64_t begin, std::uint64_t end,
                      const PieceFn& fn) const {
    if (t == nil) {
        return;
    }
    const Node& n = m_nodes[t];
    const std::uint64_t piece_begin = base + m_nodes[n.left].sub_bytes;
    const std::uint64_t piece_end = piece_begin + n.piece.length;
    if (begin < piece_begin) {
        visit(n.left, base, begin, end, fn);
    }
    if (piece_begin < end && begin < piece_end) {
        fn(n.piece, std::max(begin, piece_begin) - piece_begin,
           std::min(end, piece_end) - piece_begin);
    }
    if (piece_end < end) {
        visit(n.right, piece_end, begin, end, fn);
    }
}

void PieceTree::for_each(std::uint64_t begin, std::uint64_t end, const PieceFn& fn) const {
    if (begin < end) {
        visit(m_root, 0, begin, end, fn);
    }
}

std::uint64_t PieceTree::resolve_piece(Piece& piece, PieceBuffers& buffers) {
    if (piece.newlines == unknown_newlines) {
        piece.newlines = buffers.count(piece.source, piece.start, piece.start + piece.length);
    }
    return piece.newlines;
}

std::uint64_t PieceTree::resolve(NodeId t, PieceBuffers& buffers) {
    if (m_nodes[t].sub_newlines != unknown_newlines) {
        return m_nodes[t].sub_newlines; // also the sentinel's 0
    }
    resolve(m_nodes[t].left, buffers);
    resolve(m_nodes[t].right, buffers);
    resolve_piece(m_nodes[t].piece, buffers);
    update(t);
    return m_nodes[t].sub_newlines;
}

std::uint64_t PieceTree::newline_count(PieceBuffers& buffers) {
    return resolve(m_root, buffers);
}

std::uint64_t PieceTree::newlines_before(std::uint64_t offset, PieceBuffers& buffers) {
    // Every piece left of offset is counted (and cached); the one holding it only in part.
    std::uint64_t count = 0;
    NodeId t = m_root;
    while (t != nil) {
        const NodeId left = m_nodes[t].left;
        const std::uint64_t left_bytes = m_nodes[left].sub_bytes;
        if (offset < left_bytes) {
            t = left;
            continue;
        }
        count += resolve(left, buffers);
        offset -= left_bytes;
        Piece& piece = m_nodes[t].piece;
        if (offset < piece.length) {
            return count + (offset == 0
                                ? 0
                                : buffers.count(piece.source, piece.start, piece.start + offset));
        }
        count += resolve_piece(piece, buffers);
        offset -= piece.length;
        t = m_nodes[t].right;
    }
    return count;
}

// In-order search that skips counted subtrees by their sums and counts uncounted pieces only
// until the answer is found, so a look-up near the start of a huge uncounted original stays
// near the start.
PieceTree::Search PieceTree::search(NodeId t, std::uint64_t n, PieceBuffers& buffers) {
    if (t == nil) {
        return {std::nullopt, 0};
    }
    if (m_nodes[t].sub_newlines != unknown_newlines && n >= m_nodes[t].sub_newlines) {
        return {std::nullopt, m_nodes[t].sub_newlines};
    }
    const Search left = search(m_nodes[t].left, n, buffers);
    if (left.offset) {
        return left;
    }
    n -= left.newlines;
    const std::uint64_t base = m_nodes[m_nodes[t].left].sub_bytes;
    Piece& piece = m_nodes[t].piece;
    if (piece.newlines == unknown_newlines || n < piece.newlines) {
        const std::optional<std::uint64_t> hit =
            buffers.find(piece.source, piece.start, piece.start + piece.length, n);
        if (hit) {
            return {base + (*hit - piece.start), 0};
        }
    }
    n -= resolve_piece(piece, buffers);
    const std::uint64_t piece_end = base + piece.length;
    const Search right = search(m_nodes[t].right, n, buffers);
    if (right.offset) {
        return {piece_end + *right.offset, 0};
    }
    update(t);
    return {std::nullopt, m_nodes[t].sub_newlines};
}

void PieceTree::forget_original_counts(NodeId t) {
    if (t == nil) {
        return;
    }
    forget_original_counts(m_nodes[t].left);
    forget_original_counts(m_nodes[t].right);
    if (m_nodes[t].piece.source == PieceSource::Original) {
        m_nodes[t].piece.newlines = unknown_newlines;
    }
    update(t);
}

std::optional<std::uint64_t> PieceTree::find_newline(std::uint64_t n, PieceBuffers& buffers) {
    return search(m_root, n, buffers).offset;
}

} // namespace trio::document
