// Compiled only so that CMake can build the precompiled gtest header the tests share.
