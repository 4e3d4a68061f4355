// Unit tests for Document: edits, line look-ups, sequence numbers, replay and errors.
#include "editor/document/document.hpp"

#include <gtest/gtest.h>
#include <stdexcept>

namespace trio::document {
namespace {

ByteOffset at(std::uint64_t v) {
    return ByteOffset(v);
}
ByteRange range(std::uint64_t b, std::uint64_t e) {
    return {ByteOffset(b), ByteOffset(e)};
}
LineIndex line(std::uint64_t v) {
    return LineIndex(v);
}

TEST(Document, EmptyDocumentHasOneEmptyLine) {
    const Document doc;
    EXPECT_EQ(doc.size(), ByteCount(0));
    EXPECT_EQ(doc.line_count(), line(1));
    EXPECT_EQ(doc.line_start(line(0)), at(0));
    EXPECT_EQ(doc.line_end(line(0)), at(0));
    EXPECT_EQ(doc.line_of(at(0)), line(0));
    EXPECT_EQ(doc.text(), "");
    EXPECT_EQ(doc.last_seq(), SeqNo(0));
}

TEST(Document, CountsNPlusOneLinesForNNewlines) {
    EXPECT_EQ(Document("a").line_count(), line(1));
    EXPECT_EQ(Document("a\n").line_count(), line(2));
    EXPECT_EQ(Document("\n\n\n").line_count(), line(4));
    const Document crlf("one\r\ntwo\r\n");
    EXPECT_EQ(crlf.line_count(), line(3));
}

TEST(Document, LineEndIsTheCarriageReturnOfACrLfPair) {
    const Document doc("one\r\ntwo\nthree\r\r\n\rfour\r");
    EXPECT_EQ(doc.line_end(line(0)), at(3)); // the '\r' of "\r\n"
    EXPECT_EQ(doc.line_start(line(1)), at(5));
    EXPECT_EQ(doc.line_end(line(1)), at(8)); // a plain '\n'
    EXPECT_EQ(doc.text(range(doc.line_start(line(2)).value, doc.line_end(line(2)).value)),
              "three\r"); // only the '\r' right before '\n' is part of the break
    EXPECT_EQ(doc.text(range(doc.line_start(line(3)).value, doc.line_end(line(3)).value)),
              "\rfour\r"); // lone '\r's are content, also at the very end
    EXPECT_EQ(doc.line_end(line(3)), at(doc.size().value));
}

TEST(Document, ErasingFromLineEndToNextLineStartRemovesTheWholeCrLf) {
    Document doc("ab\r\ncd");
    (void)doc.erase({doc.line_end(line(0)), doc.line_start(line(1))});
    EXPECT_EQ(doc.text(), "abcd");
    EXPECT_EQ(doc.line_count(), line(1));
}

TEST(Document, CrAndLfInDifferentPiecesStillMakeOneBreak) {
    Document doc("ab\ncd");
    (void)doc.insert(at(2), "\r"); // the '\r' in the add buffer, the '\n' in the original
    EXPECT_EQ(doc.text(), "ab\r\ncd");
    EXPECT_EQ(doc.line_end(line(0)), at(2));
    EXPECT_EQ(doc.first_line_break(), LineBreak::CrLf);
    (void)doc.insert(at(3), "x"); // now "\rx\n": the '\r' is content
    EXPECT_EQ(doc.line_end(line(0)), at(4));
    EXPECT_EQ(doc.first_line_break(), LineBreak::Lf);
}

TEST(Document, FirstLineBreakFollowsTheFirstNewline) {
    EXPECT_EQ(Document("").first_line_break(), LineBreak::Lf);
    EXPECT_EQ(Document("no newline\r").first_line_break(), LineBreak::Lf);
    EXPECT_EQ(Document("a\nb\r\n").first_line_break(), LineBreak::Lf);
    EXPECT_EQ(Document("a\r\nb\n").first_line_break(), LineBreak::CrLf);
    EXPECT_EQ(Document("\r\n").first_line_break(), LineBreak::CrLf);
    EXPECT_EQ(Document("\n\r\n").first_line_break(), LineBreak::Lf);
}

TEST(Document, InsertAndEraseEditTheBytesAndReturnNumberedOps) {
    Document doc("hello world");
    const EditOp first = doc.insert(at(5), ",");
    EXPECT_EQ(first, (EditOp{SeqNo(1), EditOp::Kind::Insert, at(5), ","}));
    EXPECT_EQ(doc.text(), "hello, world");
    const EditOp second = doc.erase(range(0, 7));
    EXPECT_EQ(second, (EditOp{SeqNo(2), EditOp::Kind::Erase, at(0), "hello, "}));
    EXPECT_EQ(doc.text(), "world");
    const EditOp third = doc.insert(at(5), "!");
    EXPECT_EQ(third.seq, SeqNo(3));
    EXPECT_EQ(doc.text(), "world!");
    EXPECT_EQ(doc.last_seq(), SeqNo(3));
    EXPECT_EQ(doc.byte_at(at(0)), 'w');
    EXPECT_EQ(doc.byte_at(at(5)), '!');
}

TEST(Document, EmptyEditsStillTakeASequenceNumber) {
    Document doc("abc");
    EXPECT_EQ(doc.insert(at(1), "").seq, SeqNo(1));
    EXPECT_EQ(doc.erase(range(2, 2)).seq, SeqNo(2));
    EXPECT_EQ(doc.text(), "abc");
}

TEST(Document, LineIndexFollowsEditsSpanningLines) {
    Document doc("one\ntwo\nthree\nfour");
    (void)doc.erase(range(2, 10)); // "on" + "ree\nfour"
    EXPECT_EQ(doc.text(), "onree\nfour");
    EXPECT_EQ(doc.line_count(), line(2));
    EXPECT_EQ(doc.line_start(line(1)), at(6));
    (void)doc.insert(at(3), "A\nB\nC");
    EXPECT_EQ(doc.text(), "onrA\nB\nCee\nfour");
    EXPECT_EQ(doc.line_count(), line(4));
    EXPECT_EQ(doc.line_start(line(1)), at(5));
    EXPECT_EQ(doc.line_end(line(1)), at(6));
    EXPECT_EQ(doc.line_start(line(2)), at(7));
    EXPECT_EQ(doc.line_end(line(2)), at(10));
    EXPECT_EQ(doc.line_start(line(3)), at(11));
    EXPECT_EQ(doc.line_end(line(3)), at(15));
    (void)doc.erase(range(0, doc.size().value));
    EXPECT_EQ(doc.line_count(), line(1));
}

TEST(Document, LineOfPutsANewlineOnTheLineItEnds) {
    const Document doc("ab\n\ncd\n");
    EXPECT_EQ(doc.line_of(at(0)), line(0));
    EXPECT_EQ(doc.line_of(at(2)), line(0)); // the first '\n'
    EXPECT_EQ(doc.line_of(at(3)), line(1)); // the empty line's '\n'
    EXPECT_EQ(doc.line_of(at(4)), line(2));
    EXPECT_EQ(doc.line_of(at(6)), line(2));
    EXPECT_EQ(doc.line_of(at(7)), line(3)); // the end: the empty last line
}

TEST(Document, ForEachChunkGivesOneChunkPerPieceThatMakeTheRange) {
    Document doc("0123456789");
    (void)doc.insert(at(5), "ab"); // pieces "01234", "ab", "56789"
    ASSERT_EQ(doc.piece_count(), 3U);
    for (std::uint64_t b = 0; b <= doc.size().value; ++b) {
        for (std::uint64_t e = b; e <= doc.size().value; ++e) {
            std::string joined;
            int chunks = 0;
            doc.for_each_chunk(range(b, e), [&](std::string_view chunk) {
                EXPECT_FALSE(chunk.empty());
                joined += chunk;
                ++chunks;
            });
            int pieces_met = 0;
            for (const auto& [piece_begin, piece_end] : {std::pair{0, 5}, {5, 7}, {7, 12}}) {
                pieces_met += b < e && b < static_cast<std::uint64_t>(piece_end) &&
                                      static_cast<std::uint64_t>(piece_begin) < e
                                  ? 1
                                  : 0;
            }
            EXPECT_EQ(chunks, pieces_met) << "[" << b << ", " << e << ")";
            EXPECT_EQ(joined, std::string("01234ab56789").substr(b, e - b));
        }
    }
}

TEST(Document, ApplyReplaysAnotherDocumentsOpsToTheSameText) {
    Document editor("first line\nsecond\n");
    Document replica("first line\nsecond\n");
    std::vector<EditOp> ops;
    ops.push_back(editor.insert(at(0), "# "));
    ops.push_back(editor.erase(range(8, 13)));
    ops.push_back(editor.insert(editor.line_end(line(1)), " \u4e2d\u6587"));
    ops.push_back(editor.insert(at(editor.size().value), "third\n"));
    for (const EditOp& op : ops) {
        replica.apply(op);
    }
    EXPECT_EQ(replica.text(), editor.text());
    EXPECT_EQ(replica.last_seq(), editor.last_seq());
    EXPECT_EQ(replica.line_count(), editor.line_count());
}

TEST(Document, ApplyRejectsAnOpOutOfSequence) {
    Document editor("abc");
    Document replica("abc");
    const EditOp first = editor.insert(at(0), "x");
    const EditOp second = editor.insert(at(0), "y");
    EXPECT_THROW(replica.apply(second), std::logic_error);
    replica.apply(first);
    EXPECT_THROW(replica.apply(first), std::logic_error);
    replica.apply(second);
    EXPECT_EQ(replica.text(), "yxabc");
}

TEST(Document, ApplyRejectsAnEraseOfBytesItDoesNotHoldAndStaysUnchanged) {
    Document editor("abcdef");
    Document replica("abcXef");
    const EditOp op = editor.erase(range(2, 4));
    EXPECT_THROW(replica.apply(op), std::logic_error);
    EXPECT_EQ(replica.text(), "abcXef");
    EXPECT_EQ(replica.last_seq(), SeqNo(0));
}

void expect_out_of_range(const std::function<void()>& f, std::string_view expected_part) {
    try {
        f();
        ADD_FAILURE() << "no exception";
    } catch (const std::out_of_range& e) {
        EXPECT_NE(std::string_view(e.what()).find(expected_part), std::string_view::npos)
            << e.what();
    }
}

TEST(Document, OutOfRangeOffsetsThrowNamingOffsetAndSize) {
    Document doc("abc\n");
    expect_out_of_range([&] { (void)doc.insert(at(5), "x"); },
                        "Document::insert: offset 5 is past the end (size 4)");
    expect_out_of_range([&] { (void)doc.erase(range(2, 9)); }, "offset 9 is past the end (size 4)");
    expect_out_of_range([&] { (void)doc.erase(range(3, 1)); }, "range [3, 1) is reversed (size 4)");
    expect_out_of_range([&] { (void)doc.byte_at(at(4)); },
                        "offset 4 is not before the end (size 4)");
    expect_out_of_range([&] { (void)doc.line_of(at(5)); }, "offset 5");
    expect_out_of_range([&] { (void)doc.line_start(line(2)); }, "line 2 is past the last line");
    expect_out_of_range([&] { (void)doc.line_end(line(7)); }, "line 7");
    expect_out_of_range([&] { (void)doc.text(range(0, 5)); }, "size 4");
    EXPECT_EQ(doc.text(), "abc\n");
    EXPECT_EQ(doc.last_seq(), SeqNo(0));
}

TEST(Document, CopiesAreIndependent) {
    Document a("shared\n");
    Document b = a;
    (void)a.insert(at(0), "only a ");
    EXPECT_EQ(b.text(), "shared\n");
    EXPECT_EQ(b.last_seq(), SeqNo(0));
}

TEST(Document, CopiesAreIndependentInBothDirections) {
    Document a(std::string(10000, 'x') + "\n");
    (void)a.insert(at(5000), "a1\n");
    Document b = a;
    (void)b.erase(range(0, 100));
    (void)a.insert(at(0), "a2");
    (void)b.insert(at(0), "b\n");
    EXPECT_EQ(a.size(), ByteCount(10006));
    EXPECT_EQ(b.size(), ByteCount(9906));
    EXPECT_EQ(a.line_count(), line(3));
    EXPECT_EQ(b.line_count(), line(4));
    EXPECT_EQ(a.text(range(0, 2)), "a2");
    EXPECT_EQ(b.text(range(0, 3)), "b\nx");
}

TEST(Document, TypingCharacterByCharacterExtendsOnePiece) {
    Document doc(std::string(100000, 'x'));
    std::uint64_t cursor = 50000;
    for (int i = 0; i < 10000; ++i) {
        const char c = i % 40 == 39 ? '\n' : static_cast<char>('a' + i % 26);
        (void)doc.insert(at(cursor), std::string_view(&c, 1));
        ++cursor;
    }
    EXPECT_EQ(doc.piece_count(), 3U); // original head, the typed run, original tail
    EXPECT_EQ(doc.size(), ByteCount(110000));
    EXPECT_EQ(doc.line_count(), line(251));
    // Backspace and retype at the end: pieces come and go, their number stays bounded.
    for (int i = 0; i < 10000; ++i) {
        (void)doc.erase(range(cursor - 1, cursor));
        (void)doc.insert(at(cursor - 1), "z");
    }
    EXPECT_LE(doc.piece_count(), 4U);
    EXPECT_EQ(doc.byte_at(at(cursor - 1)), 'z');
}

TEST(Document, ApplyReplaysProduceIdenticalDocuments) {
    Document editor("alpha\r\nbeta\r\n");
    Document replica("alpha\r\nbeta\r\n");
    for (int i = 0; i < 300; ++i) {
        const std::uint64_t where =
            (static_cast<std::uint64_t>(i) * 7919) % (editor.size().value + 1);
        replica.apply(i % 3 == 2 ? editor.erase(range(where / 2, where))
                                 : editor.insert(at(where), i % 2 == 0 ? "\r" : "\n"));
    }
    EXPECT_EQ(replica.text(), editor.text());
    EXPECT_EQ(replica.line_count(), editor.line_count());
    for (std::uint64_t k = 0; k < editor.line_count().value; ++k) {
        ASSERT_EQ(replica.line_end(line(k)), editor.line_end(line(k)));
    }
    EXPECT_EQ(replica.first_line_break(), editor.first_line_break());
}

} // namespace
} // namespace trio::document
