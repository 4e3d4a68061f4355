// Draws a crash trial's plan from its seed and models the text it types. Runs in the crash test.
#include "tests/crash/typing_plan.hpp"

#include <random>

namespace trio::crash {
namespace {

// The longest a trial types: kill_after is at most this, and every gap at least 5 ms, so the
// keys below never run out.
constexpr int max_kill_ms = 1200;
constexpr int min_kill_ms = 200;
constexpr std::size_t key_count = max_kill_ms / 5 + 16;

// std::mt19937_64's output is fixed by the standard; mapping it with `%` keeps the plan the
// same everywhere (the bias is negligible for these small ranges).
class Draw {
public:
    explicit Draw(std::uint64_t seed) : m_engine(seed) {}
    // Uniform in [low, high].
    std::uint64_t between(std::uint64_t low, std::uint64_t high) {
        return low + m_engine() % (high - low + 1);
    }
    char printable() { return static_cast<char>(between(0x20, 0x7e)); }

private:
    std::mt19937_64 m_engine;
};

std::optional<std::string> draw_initial(Draw& draw) {
    switch (draw.between(0, 2)) {
    case 0:
        return std::nullopt;
    case 1:
        return std::string();
    default:
        break;
    }
    std::string text;
    const auto lines = draw.between(1, 3);
    for (std::uint64_t line = 0; line < lines; ++line) {
        const auto length = draw.between(0, 30);
        for (std::uint64_t i = 0; i < length; ++i) {
            text += draw.printable();
        }
        if (line + 1 < lines || draw.between(0, 1) == 1) {
            text += '\n';
        }
    }
    return text;
}

} // namespace

TypingPlan make_plan(std::uint64_t seed) {
    Draw draw(seed);
    TypingPlan plan;
    plan.seed = seed;
    plan.initial = draw_initial(draw);
    for (std::size_t i = 0; i < key_count; ++i) {
        const auto roll = draw.between(0, 99);
        plan.keys += roll < 7 ? enter_key : roll < 15 ? backspace_key : draw.printable();
        plan.gaps.emplace_back(i == 0 ? 0 : draw.between(5'000, 15'000));
    }
    plan.kill_after = std::chrono::milliseconds(draw.between(min_kill_ms, max_kill_ms));
    return plan;
}

std::vector<std::string> model_states(const TypingPlan& plan) {
    std::vector<std::string> states{plan.initial.value_or("")};
    states.reserve(plan.keys.size() + 1);
    for (const char key : plan.keys) {
        std::string text = states.back();
        if (key == backspace_key) {
            if (!text.empty()) {
                text.pop_back();
            }
        } else {
            text += key == enter_key ? '\n' : key;
        }
        states.push_back(std::move(text));
    }
    return states;
}

} // namespace trio::crash
