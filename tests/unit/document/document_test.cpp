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
    EXPECT_EQ(crlf.text(range(crlf.line_start(line(0)).value, crlf.line_end(line(0)).value)),
              "one\r"); // the CR stays part of its line
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

TEST(Document, ForEachChunkGivesAtMostTwoChunksThatMakeTheRange) {
    Document doc("0123456789");
    (void)doc.insert(at(5), "ab"); // the gap now sits after "01234ab"
    for (std::uint64_t b = 0; b <= doc.size().value; ++b) {
        for (std::uint64_t e = b; e <= doc.size().value; ++e) {
            std::string joined;
            int chunks = 0;
            doc.for_each_chunk(range(b, e), [&](std::string_view chunk) {
                EXPECT_FALSE(chunk.empty());
                joined += chunk;
                ++chunks;
            });
            EXPECT_LE(chunks, 2);
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

} // namespace
} // namespace trio::document
