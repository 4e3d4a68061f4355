// Names of trio's shared-memory objects: unguessable at creation, and findable afterwards by
// the pid of their creator (for tests and the fault harness). Used by the process that
// creates the interprocess channels (the `trio-proc` parent) and by tests.
//
// A name is "trio.<creator pid>.<128 random bits in hex>", so it cannot be pre-created by
// another user (the queue is created create_only and fails on a squatted name) and two
// editors never collide. Names are removed right after creation: none should ever be found.
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace trio::ipc {

// A fresh name for an object created by this process. Reads the kernel's random source
// (getrandom); throws std::system_error if it fails.
[[nodiscard]] std::string make_shm_name();

// "trio.<creator>." : every name made by that process starts with it.
[[nodiscard]] std::string shm_name_prefix(pid_t creator);

// Entries of /dev/shm whose name was made by process `creator`, sorted. Empty if none (or if
// /dev/shm does not exist). Never throws for a missing directory.
[[nodiscard]] std::vector<std::string> shm_objects_of(pid_t creator);

} // namespace trio::ipc
