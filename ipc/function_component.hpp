// A component made from a plain function: the "function target" way to start work, next to
// the "subclass with run()" way. Runs wherever its runtime starts it (thread or process).
#pragma once

#include "ipc/component.hpp"

#include <functional>
#include <string>
#include <utility>

namespace trio::ipc {

class FunctionComponent final : public Component {
public:
    // `body` is run once by run(); what it captures is owned by this component (and so is
    // destroyed in every process that does not run it, like a subclass's members).
    FunctionComponent(std::string name, std::function<int()> body)
        : m_name(std::move(name)), m_body(std::move(body)) {}

    [[nodiscard]] std::string_view name() const override { return m_name; }
    [[nodiscard]] int run() override { return m_body(); }

private:
    std::string m_name;
    std::function<int()> m_body;
};

} // namespace trio::ipc
