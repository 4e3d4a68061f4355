// Unit tests for OriginalBytes: owned and viewed originals, their lifetime, and sharing one
// between Document copies on two threads.
#include "editor/document/document.hpp"
#include "editor/document/original_bytes.hpp"

#include <cstring>
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <thread>

namespace trio::document {
namespace {

TEST(OriginalBytes, FromStringOwnsItsBytes) {
    std::string source = "owned\r\nbytes";
    const auto original = OriginalBytes::from_string(source);
    source.assign("changed");
    EXPECT_EQ(original->bytes(), "owned\r\nbytes");
    EXPECT_EQ(original->size(), 12U);
}

// A mapping like the one the file loader makes: anonymous here, released by its deleter.
struct Mapping {
    void* address = nullptr;
    std::size_t length = 0;
};

TEST(OriginalBytes, AViewedMappingOutlivesItsCreatorAndIsReleasedAfterTheLastDocument) {
    const std::string text = "mapped line one\nmapped line two\n";
    int unmapped = 0;
    std::weak_ptr<const void> watch;
    std::unique_ptr<Document> survivor;
    {
        void* address =
            mmap(nullptr, text.size(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        ASSERT_NE(address, MAP_FAILED);
        std::memcpy(address, text.data(), text.size());
        auto mapping = std::shared_ptr<const Mapping>(new Mapping{address, text.size()},
                                                      [&unmapped](const Mapping* m) {
                                                          munmap(m->address, m->length);
                                                          ++unmapped;
                                                          delete m;
                                                      });
        watch = mapping;
        const auto original = OriginalBytes::from_view(
            std::string_view(static_cast<const char*>(address), text.size()), mapping);
        Document first(original);
        survivor = std::make_unique<Document>(first);
        (void)first.insert(ByteOffset(0), "edited ");
        EXPECT_EQ(first.line_count().value, 3U);
    } // the creator's handles and the first document are gone
    EXPECT_EQ(unmapped, 0);
    EXPECT_FALSE(watch.expired());
    EXPECT_EQ(survivor->text(), text);
    EXPECT_EQ(survivor->line_start(LineIndex(1)).value, 16U);
    survivor.reset();
    EXPECT_EQ(unmapped, 1);
    EXPECT_TRUE(watch.expired());
}

// The thread build's input document and autosave replica share one original; under
// ThreadSanitizer this shows they touch nothing else in common.
TEST(OriginalBytes, CopiesSharingAnOriginalCanBeUsedOnTwoThreadsAtOnce) {
    std::string text;
    for (int i = 0; i < 20000; ++i) {
        text += "line " + std::to_string(i) + "\n";
    }
    const Document input(OriginalBytes::from_string(text));
    Document replica = input;
    Document editor = input;
    std::uint64_t replica_lines = 0;
    std::thread autosave([&replica, &replica_lines] {
        for (int i = 0; i < 200; ++i) {
            (void)replica.insert(ByteOffset(0), "r");
        }
        replica_lines = replica.line_count().value;
    });
    for (int i = 0; i < 200; ++i) {
        (void)editor.insert(ByteOffset(editor.size().value), "e\n");
    }
    const std::uint64_t editor_lines = editor.line_count().value;
    autosave.join();
    EXPECT_EQ(replica_lines, 20001U);
    EXPECT_EQ(editor_lines, 20201U);
}

} // namespace
} // namespace trio::document
