// mmap/munmap of the file being edited; see mapped_file.hpp. Input component.
#include "editor/files/mapped_file.hpp"

#include <sys/mman.h>

namespace trio::files {

Mapping map_file(int fd, std::size_t size) {
    if (size == 0) {
        return {};
    }
    void* base = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (base == MAP_FAILED) {
        return {};
    }
    std::shared_ptr<const void> owner(base, [size](const void* p) {
        ::munmap(const_cast<void*>(p), size); // NOLINT: munmap's signature predates const
    });
    return Mapping{std::move(owner), std::string_view(static_cast<const char*>(base), size)};
}

} // namespace trio::files
