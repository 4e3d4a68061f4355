// The replica's save refuses to replace a file another program wrote since the editor read
// it (unless told to), and reports the stamp of what it saved; a later buffer's replica is
// loaded by autosave itself and refused when it is not the file input loaded.
#include "editor/autosave/buffer_replica.hpp"
#include "editor/autosave/file_stamp.hpp"
#include "editor/autosave/replica.hpp"
#include "tests/unit/files/scratch_dir.hpp"

#include <gtest/gtest.h>

namespace trio::autosave {
namespace {

using document::ByteOffset;
using files::testing::read_file;
using files::testing::ScratchDir;
using files::testing::write_file;

// A replica of `text` with one more character typed.
Replica edited(const std::string& text) {
    document::Document doc(text);
    Replica replica(doc);
    replica.apply(doc.insert(ByteOffset(0), "!"));
    return replica;
}

TEST(ReplicaDiskCheck, TheStampOfNoFileIsAllZero) {
    ScratchDir dir;
    EXPECT_EQ(stamp_of(dir / "missing"), protocol::FileStamp{});
    write_file(dir / "f", "abc");
    const protocol::FileStamp stamp = stamp_of(dir / "f");
    EXPECT_EQ(stamp.size, 3U);
    EXPECT_NE(stamp.inode, 0U);
    EXPECT_NE(stamp.mtime_ns, 0);
}

TEST(ReplicaDiskCheck, ASaveOfTheFileAsReadWritesItAndReturnsTheNewStamp) {
    ScratchDir dir;
    write_file(dir / "f", "abc");
    const Replica replica = edited("abc");
    protocol::SaveRequest request{replica.document().last_seq(), dir / "f"};
    request.expected = stamp_of(dir / "f");
    const protocol::SaveResult result = replica.save(request);
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_FALSE(result.changed_on_disk);
    EXPECT_EQ(read_file(dir / "f"), "!abc");
    EXPECT_EQ(result.saved, stamp_of(dir / "f"));
}

TEST(ReplicaDiskCheck, AFileWrittenByAnotherProgramIsNotReplaced) {
    ScratchDir dir;
    write_file(dir / "f", "abc");
    protocol::SaveRequest request;
    request.path = dir / "f";
    request.expected = stamp_of(dir / "f");
    write_file(dir / "f", "theirs, longer"); // another program, after the editor read it
    const Replica replica = edited("abc");
    request.seq = replica.document().last_seq();
    const protocol::SaveResult result = replica.save(request);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.changed_on_disk);
    EXPECT_NE(result.error.find("changed on disk"), std::string::npos);
    EXPECT_EQ(read_file(dir / "f"), "theirs, longer");
}

TEST(ReplicaDiskCheck, OverwriteSavesOverTheOtherProgramsFile) {
    ScratchDir dir;
    write_file(dir / "f", "theirs");
    const Replica replica = edited("abc");
    protocol::SaveRequest request{replica.document().last_seq(), dir / "f"};
    request.overwrite = true; // expected says "no file", but the user said yes
    const protocol::SaveResult result = replica.save(request);
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(read_file(dir / "f"), "!abc");
}

TEST(ReplicaDiskCheck, AFileCreatedWhereNoneWasExpectedIsNotReplaced) {
    ScratchDir dir;
    write_file(dir / "new.txt", "someone else's");
    const Replica replica = edited("");
    const protocol::SaveResult result =
        replica.save(protocol::SaveRequest{replica.document().last_seq(), dir / "new.txt"});
    EXPECT_TRUE(result.changed_on_disk);
    EXPECT_EQ(read_file(dir / "new.txt"), "someone else's");
}

TEST(BufferReplica, ALaterBufferLoadsTheFileInputLoaded) {
    ScratchDir dir;
    write_file(dir / "b.txt", "bee\n");
    const auto buffer = open_buffer_replica(
        protocol::OpenBuffer{4, dir / "b.txt", stamp_of(dir / "b.txt"), ""}, "");
    EXPECT_EQ(buffer->id, 4U);
    EXPECT_TRUE(buffer->refusal.empty()) << buffer->refusal;
    EXPECT_EQ(buffer->replica.document().text(), "bee\n");
}

TEST(BufferReplica, AFileChangedSinceInputLoadedItIsRefused) {
    ScratchDir dir;
    write_file(dir / "b.txt", "bee\n");
    const protocol::FileStamp as_input_saw_it = stamp_of(dir / "b.txt");
    write_file(dir / "b.txt", "wasp\n");
    const auto buffer =
        open_buffer_replica(protocol::OpenBuffer{1, dir / "b.txt", as_input_saw_it, ""}, "");
    EXPECT_NE(buffer->refusal.find("changed"), std::string::npos);
    const protocol::SaveResult result =
        refused_save(*buffer, protocol::SaveRequest{document::SeqNo(3), dir / "b.txt"});
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error, buffer->refusal);
    EXPECT_EQ(result.buffer, 1U);
}

TEST(BufferReplica, AMissingFileIsAnEmptyBufferAndADirectoryIsRefused) {
    ScratchDir dir;
    const auto missing = open_buffer_replica(protocol::OpenBuffer{1, dir / "new.txt", {}, ""}, "");
    EXPECT_TRUE(missing->refusal.empty());
    EXPECT_EQ(missing->replica.document().size().value, 0U);
    const auto directory = open_buffer_replica(protocol::OpenBuffer{2, dir.path(), {}, ""}, "");
    EXPECT_NE(directory->refusal.find("directory"), std::string::npos);
}

} // namespace
} // namespace trio::autosave
