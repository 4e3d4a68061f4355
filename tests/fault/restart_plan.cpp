// Draws a restart session's plan from its seed. Runs in the fault test.
#include "tests/fault/restart_plan.hpp"

#include <random>

namespace trio::fault {
namespace {

constexpr std::size_t chunk_count = 36; // about 160 keys
constexpr std::uint64_t max_chunk_keys = 8;
constexpr std::uint64_t max_pause_us = 15'000;
// No kill in the first or last few chunks: there is typing on both sides of every kill.
constexpr std::size_t quiet_chunks = 3;
// Enter comes at the latest after this many characters, so that no line (with a marker of a
// few characters in front) is wider than the 60-column screen: the view then never scrolls
// sideways, which would make what it shows depend on how keys were batched.
constexpr std::size_t max_line = 50;

class Draw {
public:
    explicit Draw(std::uint64_t seed) : m_engine(seed) {}
    // Uniform in [low, high] (the bias of `%` is negligible for these small ranges).
    std::uint64_t between(std::uint64_t low, std::uint64_t high) {
        return low + m_engine() % (high - low + 1);
    }
    char key(std::size_t column) {
        if (between(0, 99) < 8 || column >= max_line) {
            return enter_key;
        }
        for (;;) {
            const auto c = static_cast<char>(between(0x20, 0x7e));
            // No line starts with a blank: Enter would carry it on (auto-indent), and the
            // expected text is what was typed.
            if (c != marker_char && !(column == 0 && c == ' ')) {
                return c;
            }
        }
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace

RestartPlan make_restart_plan(std::uint64_t seed, std::size_t kills) {
    Draw draw(seed);
    RestartPlan plan;
    plan.seed = seed;
    std::size_t column = 0;
    for (std::size_t i = 0; i < chunk_count; ++i) {
        TypingChunk chunk;
        const auto size = draw.between(1, max_chunk_keys);
        for (std::uint64_t k = 0; k < size; ++k) {
            const char key = draw.key(column);
            column = key == enter_key ? 0 : column + 1;
            chunk.keys += key;
        }
        // One pause in three is none: the next step then lands while the editor still works
        // on this chunk.
        chunk.pause =
            std::chrono::microseconds(draw.between(0, 2) == 0 ? 0 : draw.between(0, max_pause_us));
        plan.chunks.push_back(std::move(chunk));
    }
    // One kill in each of `kills` equal windows of the chunks between the quiet ends.
    const std::size_t usable = chunk_count - 2 * quiet_chunks;
    const std::size_t window = kills == 0 ? 0 : usable / kills;
    for (std::size_t k = 0; k < kills && window > 0; ++k) {
        const std::size_t first = quiet_chunks + k * window;
        plan.kill_after.push_back(first + draw.between(0, window - 1));
    }
    return plan;
}

std::string typed_text(std::string_view keys) {
    std::string text;
    for (const char key : keys) {
        text += key == enter_key ? '\n' : key;
    }
    return text;
}

} // namespace trio::fault
