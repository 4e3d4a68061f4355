// What the F2 panel is told about the running editor: components from the supervisor (or the
// process's threads), queue depths and capacities from input's channel ends, rates from meters.
#include "editor/components/runtime_probe.hpp"
#include "ipc/thread_channel.hpp"

#include <condition_variable>
#include <gtest/gtest.h>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <tuple>
#include <unistd.h>

namespace trio::components {
namespace {

class FakePeers final : public PeerSupervisor {
public:
    std::vector<int> death_fds() const override { return {}; }
    std::vector<ipc::ExitReport> reap_ended() override { return {}; }
    void restart_render(InputEnds&) override {}
    void restart_autosave(InputEnds&, const std::vector<BufferToRestore>&) override {}
    void stop(std::string_view) override {}
    std::vector<ipc::ChildStatus> children() const override {
        return {{"render", 4243, 2, true}, {"autosave", 4244, 0, false}};
    }
};

struct Ends {
    InputEnds input;
    ReceiverPtr<protocol::ToRender> render_in;
    ReceiverPtr<protocol::ToAutosave> autosave_in;
    SenderPtr<protocol::ToInputFromRender> render_out;
    SenderPtr<protocol::ToInputFromAutosave> autosave_out;
    Ends() {
        std::tie(input.to_render, render_in) = ipc::make_thread_channel<protocol::ToRender>(4);
        std::tie(input.to_autosave, autosave_in) =
            ipc::make_thread_channel<protocol::ToAutosave>(64);
        std::tie(render_out, input.from_render) =
            ipc::make_thread_channel<protocol::ToInputFromRender>(8);
        std::tie(autosave_out, input.from_autosave) =
            ipc::make_thread_channel<protocol::ToInputFromAutosave>(16);
    }
};

constexpr protocol::TimestampNs second = 1'000'000'000;

TEST(RuntimeProbe, ProcessesComeFromTheSupervisorWithTheirRestarts) {
    Ends ends;
    FakePeers peers;
    const RuntimeStatus status =
        probe_runtime(protocol::Design::Processes, &peers, ends.input, {}, 10 * second);
    ASSERT_EQ(status.components.size(), 3U);
    EXPECT_EQ(status.components[0].name, "input");
    EXPECT_EQ(status.components[0].id, ::getpid());
    EXPECT_FALSE(status.components[0].restarts.has_value()); // input is never restarted
    EXPECT_EQ(status.components[1].id, 4243);
    EXPECT_EQ(status.components[1].restarts, 2U);
    EXPECT_FALSE(status.components[2].running);
}

TEST(RuntimeProbe, ThreadsAreFoundByTheirNames) {
    Ends ends;
    pid_t tid = 0;
    bool named = false;
    bool probed = false;
    std::mutex mutex;
    std::condition_variable changed;
    std::thread render([&] {
        ::pthread_setname_np(::pthread_self(), "trio-render");
        std::unique_lock lock(mutex);
        tid = ::gettid();
        named = true;
        changed.notify_all();
        changed.wait(lock, [&] { return probed; });
    });
    RuntimeStatus status;
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return named; });
        status = probe_runtime(protocol::Design::Threads, nullptr, ends.input, {}, 0);
        probed = true;
    }
    changed.notify_all();
    render.join();
    ASSERT_EQ(status.components.size(), 3U);
    EXPECT_TRUE(status.components[0].thread);
    EXPECT_EQ(status.components[1].name, "render");
    EXPECT_EQ(status.components[1].id, tid);
    EXPECT_TRUE(status.components[1].running);
    EXPECT_EQ(status.components[2].id, 0); // no thread named trio-autosave here
    EXPECT_FALSE(status.components[2].running);
}

TEST(RuntimeProbe, ChannelsShowDepthCapacityAndTheLastSecondsRate) {
    Ends ends;
    (void)ends.input.to_autosave->try_send(protocol::DropJournal{});
    (void)ends.input.to_autosave->try_send(protocol::DropJournal{});
    ChannelMeters meters;
    meters.to_autosave.record(10 * second, 2);
    meters.from_render.record(10 * second, 1);
    const RuntimeStatus status =
        probe_runtime(protocol::Design::Threads, nullptr, ends.input, meters, 11 * second);
    ASSERT_EQ(status.channels.size(), 4U);
    EXPECT_EQ(status.channels[0].name, "input → render");
    EXPECT_EQ(status.channels[0].capacity, 4U);
    EXPECT_EQ(status.channels[0].depth, 0U);
    EXPECT_EQ(status.channels[2].name, "input → autosave");
    EXPECT_EQ(status.channels[2].depth, 2U);
    EXPECT_EQ(status.channels[2].capacity, 64U);
    EXPECT_DOUBLE_EQ(status.channels[2].per_second, 2.0);
    EXPECT_DOUBLE_EQ(status.channels[1].per_second, 1.0);
    EXPECT_DOUBLE_EQ(status.channels[3].per_second, 0.0);
}

} // namespace
} // namespace trio::components
