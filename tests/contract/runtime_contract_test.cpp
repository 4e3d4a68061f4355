// The runtime contract (ipc/runtime.hpp), checked once against ThreadRuntime and
// ProcessRuntime: components started either way are joined and reported the same.
#include "ipc/function_component.hpp"
#include "ipc/interprocess_channel.hpp"
#include "ipc/process_runtime.hpp"
#include "ipc/thread_channel.hpp"
#include "ipc/thread_runtime.hpp"
#include "tests/contract/test_message.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

namespace trio::ipc {
namespace {

using testing::TestCodec;
using testing::TestMessage;
using namespace std::chrono_literals;

// Each runtime comes with the channel transport it is used with.
struct Threads {
    using RuntimeType = ThreadRuntime;
    static auto make_channel() { return make_thread_channel<TestMessage>(4); }
};

struct Processes {
    using RuntimeType = ProcessRuntime;
    static auto make_channel() {
        return make_interprocess_channel<TestMessage, TestCodec>(ChannelLimits{4, 64});
    }
};

struct RuntimeNames {
    template <class T> static std::string GetName(int /*index*/) {
        return std::is_same_v<T, Threads> ? "Thread" : "Process";
    }
};

Deadline far_deadline() {
    return Clock::now() + 20s;
}

struct Part {
    std::string name;
    std::function<int()> body;
};

// The "function target" way to start: each part becomes a FunctionComponent.
std::vector<std::unique_ptr<Component>> components(std::vector<Part> parts) {
    std::vector<std::unique_ptr<Component>> list;
    for (Part& part : parts) {
        list.push_back(
            std::make_unique<FunctionComponent>(std::move(part.name), std::move(part.body)));
    }
    return list;
}

std::function<int()> returning(int status) {
    return [status] { return status; };
}

template <class Kind> class RuntimeContract : public ::testing::Test {
protected:
    static void SetUpTestSuite() { testing::ignore_sigpipe(); }

    typename Kind::RuntimeType m_runtime;
    std::vector<std::string> m_abnormal; // names passed to on_abnormal_exit

    RuntimeContract() {
        m_runtime.on_abnormal_exit = [this](const ExitReport& r) { m_abnormal.push_back(r.name); };
    }
};

using Kinds = ::testing::Types<Threads, Processes>;
TYPED_TEST_SUITE(RuntimeContract, Kinds, RuntimeNames);

TYPED_TEST(RuntimeContract, ReportsEveryExitStatusInStartOrder) {
    this->m_runtime.start(
        components({{"first", returning(0)}, {"second", returning(3)}, {"third", returning(5)}}));
    const std::vector<ExitReport> reports = this->m_runtime.join_all();
    ASSERT_EQ(reports.size(), 3U);
    EXPECT_EQ(reports[0].name, "first");
    EXPECT_EQ(reports[1].name, "second");
    EXPECT_EQ(reports[2].name, "third");
    EXPECT_EQ(reports[0].exit_status, 0);
    EXPECT_EQ(reports[1].exit_status, 3);
    EXPECT_EQ(reports[2].exit_status, 5);
    for (const ExitReport& r : reports) {
        EXPECT_EQ(r.term_signal, 0) << r.name;
    }
    EXPECT_TRUE(reports[0].clean());
    EXPECT_FALSE(reports[1].clean());
}

TYPED_TEST(RuntimeContract, AComponentReturning3IsReportedAsAbnormal) {
    this->m_runtime.start(components({{"fails", returning(3)}}));
    const std::vector<ExitReport> reports = this->m_runtime.join_all();
    ASSERT_EQ(reports.size(), 1U);
    EXPECT_EQ(reports[0].exit_status, 3);
    EXPECT_EQ(this->m_abnormal, std::vector<std::string>{"fails"});
}

TYPED_TEST(RuntimeContract, CleanComponentsDoNotCallOnAbnormalExit) {
    this->m_runtime.start(components({{"a", returning(0)}, {"b", returning(0)}}));
    (void)this->m_runtime.join_all();
    EXPECT_TRUE(this->m_abnormal.empty());
}

TYPED_TEST(RuntimeContract, AnExceptionEscapingRunIsReportedAs70) {
    this->m_runtime.start(components({{"throws", []() -> int {
                                           throw std::runtime_error(
                                               "component bug (expected in test)");
                                       }}}));
    const std::vector<ExitReport> reports = this->m_runtime.join_all();
    ASSERT_EQ(reports.size(), 1U);
    EXPECT_EQ(reports[0].exit_status, 70);
    EXPECT_EQ(this->m_abnormal, std::vector<std::string>{"throws"});
}

TYPED_TEST(RuntimeContract, OnAbnormalExitIsCalledBeforeWaitingForTheRest) {
    // "patient" ends cleanly only if the callback for "fails" runs while it is still running.
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    UniqueFd read_end(fds[0]);
    UniqueFd write_end(fds[1]);
    const int watched = read_end.get();
    this->m_runtime.on_abnormal_exit = [&](const ExitReport& r) {
        this->m_abnormal.push_back(r.name);
        const char byte = 1;
        EXPECT_EQ(::write(write_end.get(), &byte, 1), 1);
    };
    this->m_runtime.start(components(
        {{"fails", returning(3)},
         {"patient", [watched] { return wait_readable(watched, far_deadline()) ? 0 : 1; }}}));
    const std::vector<ExitReport> reports = this->m_runtime.join_all();
    ASSERT_EQ(reports.size(), 2U);
    EXPECT_EQ(reports[1].exit_status, 0);
    EXPECT_EQ(this->m_abnormal, std::vector<std::string>{"fails"});
}

TYPED_TEST(RuntimeContract, ComponentsTalkThroughAChannelAndEndWithIt) {
    // The consumer sees end-of-stream only if no process (the parent included) kept a copy of
    // the producer's end: the fork/fd-ownership rule.
    constexpr int count = 100;
    auto [sender, receiver] = TypeParam::make_channel();
    auto produce = [out = std::shared_ptr<Sender<TestMessage>>(std::move(sender))] {
        for (int i = 0; i < count; ++i) {
            if (out->send(TestMessage{i, "x"}, far_deadline()) != SendResult::Sent) {
                return 1;
            }
        }
        return 0; // destroying the component closes the channel
    };
    auto consume = [in = std::shared_ptr<Receiver<TestMessage>>(std::move(receiver))] {
        int expected = 0;
        while (auto m = in->receive(far_deadline())) {
            if (m->seq != expected++) {
                return 2;
            }
        }
        return in->closed() && expected == count ? 0 : 1;
    };
    // Moved straight into the components: a copy of an end left anywhere in the parent at
    // fork() (in an initializer_list, say) would be inherited by every child and keep the
    // stream open.
    std::vector<std::unique_ptr<Component>> list;
    list.push_back(std::make_unique<FunctionComponent>("producer", std::move(produce)));
    list.push_back(std::make_unique<FunctionComponent>("consumer", std::move(consume)));
    this->m_runtime.start(std::move(list));
    const std::vector<ExitReport> reports = this->m_runtime.join_all();
    ASSERT_EQ(reports.size(), 2U);
    EXPECT_TRUE(reports[0].clean());
    EXPECT_TRUE(reports[1].clean()) << "consumer status " << reports[1].exit_status;
}

TYPED_TEST(RuntimeContract, EachTaskIsNamedAfterItsComponent) {
    auto named_as = [](std::string expected) {
        return [expected = std::move(expected)] {
            std::ifstream comm("/proc/thread-self/comm");
            std::string actual;
            std::getline(comm, actual);
            return actual == expected ? 0 : 1;
        };
    };
    this->m_runtime.start(components(
        {{"input", named_as("trio-input")}, {"a-very-long-name", named_as("trio-a-very-lon")}}));
    for (const ExitReport& r : this->m_runtime.join_all()) {
        EXPECT_EQ(r.exit_status, 0) << r.name;
    }
}

TYPED_TEST(RuntimeContract, NothingIsLeftToReapAndPidsAreDistinct) {
    this->m_runtime.start(
        components({{"a", returning(0)}, {"b", returning(1)}, {"c", returning(0)}}));
    const std::vector<ExitReport> reports = this->m_runtime.join_all();
    int status = 0;
    EXPECT_EQ(::waitpid(-1, &status, WNOHANG), -1);
    EXPECT_EQ(errno, ECHILD);
    std::set<pid_t> pids;
    for (const ExitReport& r : reports) {
        EXPECT_NE(r.pid, 0) << r.name;
        pids.insert(r.pid);
    }
    EXPECT_EQ(pids.size(), reports.size());
}

TYPED_TEST(RuntimeContract, AComponentIsDestroyedOnceItsRunEnds) {
    auto token = std::make_shared<int>(0);
    this->m_runtime.start(components({{"holder", [token] { return *token; }}}));
    (void)this->m_runtime.join_all();
    EXPECT_EQ(token.use_count(), 1);
}

} // namespace
} // namespace trio::ipc
