// The "overloaded lambdas" idiom for std::visit over a channel's message variant.
#pragma once

namespace trio::components {

template <class... F> struct Overloaded : F... { using F::operator()...; };

} // namespace trio::components
