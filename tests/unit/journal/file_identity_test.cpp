// FileIdentity: the same file gives the same identity, a changed or replaced one does not.
// Tests for the identity the journal header records and recovery checks.
#include "editor/journal/file_identity.hpp"
#include "editor/journal/journal_replay.hpp"
#include "journal_test_support.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace trio::journal {
namespace {

using namespace testing;

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// Sets the file's mtime back to what `identity` recorded, to isolate the other checks.
void restore_mtime(const std::string& path, const FileIdentity& identity) {
    const timespec times[2] = {
        {0, UTIME_OMIT}, {identity.mtime_ns / 1'000'000'000, identity.mtime_ns % 1'000'000'000}};
    ASSERT_EQ(::utimensat(AT_FDCWD, path.c_str(), times, 0), 0);
}

FileIdentity identity_of(const std::string& path) {
    FileIdentity id;
    EXPECT_EQ(identify(path, id), 0);
    return id;
}

std::string big_text() {
    std::string text;
    for (int i = 0; text.size() < 1'000'000; ++i) {
        text += "line " + std::to_string(i) + "\n";
    }
    return text;
}

TEST(FileIdentity, TheSameFileHasTheSameIdentityByPathAndByBytes) {
    const ScratchDir dir;
    const std::string path = (dir / "f");
    for (const std::string& text : {std::string(), std::string("short\0text", 10), big_text()}) {
        write_file(path, text);
        const FileIdentity by_path = identity_of(path);
        struct stat status {};
        ASSERT_EQ(::stat(path.c_str(), &status), 0);
        EXPECT_EQ(identify(status, text), by_path) << text.size();
        EXPECT_EQ(identity_of(path), by_path);
        EXPECT_EQ(by_path.size, text.size());
        EXPECT_EQ(compare(by_path, identity_of(path)), IdentityMatch::Same);
    }
}

TEST(FileIdentity, AChangeOfSizeContentMtimeOrInodeIsDetected) {
    const ScratchDir dir;
    const std::string path = (dir / "f");
    write_file(path, "hello world\n");
    const FileIdentity recorded = identity_of(path);

    write_file(path, "hello World\n"); // same inode, same size
    restore_mtime(path, recorded);
    EXPECT_EQ(compare(recorded, identity_of(path)), IdentityMatch::ContentDiffers);

    write_file(path, "hello world\n"); // back to the bytes, but touched
    const timespec later[2] = {{0, UTIME_OMIT}, {recorded.mtime_ns / 1'000'000'000 + 60, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, path.c_str(), later, 0), 0);
    EXPECT_EQ(compare(recorded, identity_of(path)), IdentityMatch::MtimeDiffers);

    write_file(path, "hello world, longer\n");
    EXPECT_EQ(compare(recorded, identity_of(path)), IdentityMatch::SizeDiffers);

    const std::string other = (dir / "g");
    write_file(other, "hello world\n");
    ASSERT_EQ(::rename(other.c_str(), path.c_str()), 0); // how a safe save replaces it
    EXPECT_EQ(compare(recorded, identity_of(path)), IdentityMatch::Replaced);
}

TEST(FileIdentity, TheSampleCoversTheStartMiddleAndEndOfABigFile) {
    const std::string text = big_text();
    const std::uint64_t hash = sample_hash(text);
    for (const std::size_t at : {std::size_t{0}, std::size_t{65'535}, text.size() / 2,
                                 text.size() - 65'536, text.size() - 1}) {
        std::string changed = text;
        changed[at] = '#';
        EXPECT_NE(sample_hash(changed), hash) << "byte " << at;
    }
    // Outside the sample, only the mtime tells (the sample keeps opening a huge file cheap).
    std::string unsampled = text;
    unsampled[200'000] = '#';
    EXPECT_EQ(sample_hash(unsampled), hash);
}

TEST(FileIdentity, CheckOriginalReportsAVanishedFile) {
    const ScratchDir dir;
    const std::string path = (dir / "f");
    write_file(path, "x");
    JournalHeader header = sample_header();
    header.original = identity_of(path);
    EXPECT_EQ(check_original(header, path).error, 0);
    EXPECT_EQ(check_original(header, path).match, IdentityMatch::Same);
    ASSERT_EQ(::unlink(path.c_str()), 0);
    EXPECT_EQ(check_original(header, path).error, ENOENT);
    EXPECT_EQ(describe(IdentityMatch::Replaced), "the file was replaced since");
}

} // namespace
} // namespace trio::journal
