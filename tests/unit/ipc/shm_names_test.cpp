// Tests for shared-memory naming (unguessable names, findable by their creator's pid) and for
// the start-up sweep that removes dead editors' leftovers and nothing else.
//
// The sweep tests run in a scratch directory, not /dev/shm: a sweep there would also take
// other processes' leftovers (and editors started by other tests sweep /dev/shm themselves),
// so only the scratch directory makes "exactly these were removed" a reliable claim.
#include "ipc/shm_names.hpp"

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::ipc {
namespace {

namespace fs = std::filesystem;

// 32 fresh random hex digits, as in a real name.
std::string random_part() {
    return make_shm_name().substr(shm_name_prefix(::getpid()).size());
}

std::string name_for(pid_t creator) {
    return shm_name_prefix(creator) + random_part();
}

// The pid of a process that has ended and been reaped (so kill() reports ESRCH).
pid_t dead_pid() {
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::_exit(0);
    }
    int status = 0;
    EXPECT_EQ(::waitpid(pid, &status, 0), pid);
    return pid;
}

// A child that renames itself, tells us so through a pipe, and waits to be killed.
class LiveChild {
public:
    explicit LiveChild(const char* program_name) {
        int fds[2];
        EXPECT_EQ(::pipe(fds), 0);
        m_pid = ::fork();
        if (m_pid == 0) {
            ::prctl(PR_SET_NAME, program_name);
            const char ready = 'r';
            if (::write(fds[1], &ready, 1) != 1) {
                ::_exit(1);
            }
            for (;;) {
                ::pause();
            }
        }
        ::close(fds[1]);
        char ready = 0;
        EXPECT_EQ(::read(fds[0], &ready, 1), 1); // named before we look at it
        ::close(fds[0]);
    }
    ~LiveChild() {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    LiveChild(const LiveChild&) = delete;
    LiveChild& operator=(const LiveChild&) = delete;
    [[nodiscard]] pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
};

class StaleShmSweep : public ::testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "trio-sweep-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        m_dir = pattern;
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path create(const std::string& name) {
        const fs::path path = m_dir / name;
        const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        EXPECT_GE(fd, 0) << path;
        ::close(fd);
        return path;
    }
    std::vector<std::string> sweep() const { return remove_stale_shm_objects(m_dir.string()); }
    [[nodiscard]] bool present(const std::string& name) const {
        return fs::symlink_status(m_dir / name).type() != fs::file_type::not_found;
    }

    fs::path m_dir;
};

TEST(ShmNames, ANameIsTrioThenThePidThen128RandomBitsInHex) {
    const std::string name = make_shm_name();
    const std::string prefix = "trio." + std::to_string(::getpid()) + ".";
    ASSERT_TRUE(name.starts_with(prefix)) << name;
    const std::string random = name.substr(prefix.size());
    EXPECT_EQ(random.size(), 32U);
    EXPECT_EQ(random.find_first_not_of("0123456789abcdef"), std::string::npos) << random;
    EXPECT_EQ(shm_name_prefix(::getpid()), prefix);
}

TEST(ShmNames, TwoNamesDiffer) {
    EXPECT_NE(make_shm_name(), make_shm_name());
}

TEST(ShmNames, TheCreatorIsReadOnlyFromTheExactPattern) {
    const std::string hex = random_part();
    EXPECT_EQ(shm_name_creator(make_shm_name()), ::getpid());
    EXPECT_EQ(shm_name_creator("trio.42." + hex), 42);
    for (const std::string& other :
         {"trio.0." + hex, "trio.042." + hex, "trio.-42." + hex, "trio.+42." + hex, "trio.." + hex,
          "trio.4x2." + hex, "trio.99999999999999999999." + hex, "trio.42." + hex.substr(1),
          "trio.42." + hex + "0", "trio.42." + hex + ".old", "trio.42.ABCDEF" + hex.substr(6),
          "Trio.42." + hex, "xtrio.42." + hex, "sem.trio.42." + hex, std::string("trio.42")}) {
        EXPECT_EQ(shm_name_creator(other), std::nullopt) << other;
    }
}

TEST(ShmNames, ObjectsAreFoundByTheirCreatorsPidUntilUnlinked) {
    const std::string name = make_shm_name();
    const int fd = ::shm_open(("/" + name).c_str(), O_CREAT | O_EXCL | O_RDWR, 0600);
    ASSERT_GE(fd, 0);
    ::close(fd);
    EXPECT_EQ(shm_objects_of(::getpid()), std::vector<std::string>{name});
    const std::vector<std::string> init_objects = shm_objects_of(1);
    EXPECT_EQ(std::count(init_objects.begin(), init_objects.end(), name), 0);
    ASSERT_EQ(::shm_unlink(("/" + name).c_str()), 0);
    EXPECT_TRUE(shm_objects_of(::getpid()).empty());
}

TEST(ShmNames, TheSweepRemovesADeadCreatorsObjectFromDevShm) {
    // Only absence is asserted: another editor starting now may sweep it first.
    const std::string name = name_for(dead_pid());
    const int fd = ::shm_open(("/" + name).c_str(), O_CREAT | O_EXCL | O_RDWR, 0600);
    ASSERT_GE(fd, 0);
    ::close(fd);
    (void)remove_stale_shm_objects();
    EXPECT_FALSE(fs::exists(fs::path(shm_directory) / name)) << name;
}

TEST_F(StaleShmSweep, RemovesEveryObjectOfADeadCreatorAndReportsThem) {
    const pid_t dead = dead_pid();
    std::vector<std::string> names{name_for(dead), name_for(dead)};
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
        create(name);
    }
    EXPECT_EQ(sweep(), names);
    EXPECT_FALSE(present(names[0]));
    EXPECT_FALSE(present(names[1]));
    EXPECT_TRUE(sweep().empty());
}

TEST_F(StaleShmSweep, KeepsTheObjectsOfThisProcess) {
    const std::string name = name_for(::getpid());
    create(name);
    EXPECT_TRUE(sweep().empty());
    EXPECT_TRUE(present(name));
}

TEST_F(StaleShmSweep, KeepsTheObjectsOfALiveTrioProcess) {
    const LiveChild editor("trio-proc");
    const std::string name = name_for(editor.pid());
    create(name);
    EXPECT_TRUE(sweep().empty());
    EXPECT_TRUE(present(name));
}

TEST_F(StaleShmSweep, RemovesTheObjectsOfAPidNowRunningAnotherProgram) {
    const LiveChild other("not-an-editor"); // as if the dead creator's pid had been reused
    const std::string name = name_for(other.pid());
    create(name);
    EXPECT_EQ(sweep(), std::vector<std::string>{name});
    EXPECT_FALSE(present(name));
}

TEST_F(StaleShmSweep, KeepsOtherNamesAndNeverFollowsASymlink) {
    const pid_t dead = dead_pid();
    const std::string hex = random_part();
    const std::vector<std::string> foreign{"trio." + std::to_string(dead) + "." + hex + "0",
                                           "other." + std::to_string(dead) + "." + hex,
                                           "trio.0" + std::to_string(dead) + "." + hex};
    for (const std::string& name : foreign) {
        create(name);
    }
    const std::string target = foreign[1];
    const std::string link = name_for(dead);
    fs::create_symlink(m_dir / target, m_dir / link);

    EXPECT_TRUE(sweep().empty());
    for (const std::string& name : foreign) {
        EXPECT_TRUE(present(name)) << name;
    }
    EXPECT_TRUE(present(link));
}

TEST_F(StaleShmSweep, KeepsAnotherUsersObjects) {
    if (::geteuid() != 0) {
        GTEST_SKIP() << "needs root to give a file to another uid";
    }
    const std::string name = name_for(dead_pid());
    const fs::path path = create(name);
    ASSERT_EQ(::chown(path.c_str(), 65534, 65534), 0);
    EXPECT_TRUE(sweep().empty());
    EXPECT_TRUE(present(name));
}

TEST_F(StaleShmSweep, IgnoresAMissingDirectory) {
    EXPECT_TRUE(remove_stale_shm_objects((m_dir / "absent").string()).empty());
}

} // namespace
} // namespace trio::ipc
