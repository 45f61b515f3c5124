#include "server/http/ByteRange.h"

#include <algorithm>
#include <optional>

namespace kp::server {
namespace {

std::optional<std::uint64_t> parseNumber(std::string_view text)
{
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + std::uint64_t(c - '0');
    }
    return value;
}

} // namespace

ByteRange parseByteRange(std::string_view header, std::uint64_t size)
{
    constexpr std::string_view unit = "bytes=";
    if (!header.starts_with(unit))
        return {};
    const auto spec = header.substr(unit.size());
    const auto dash = spec.find('-');
    if (dash == std::string_view::npos || spec.find(',') != std::string_view::npos)
        return {};
    const auto firstText = spec.substr(0, dash);
    const auto lastText = spec.substr(dash + 1);
    if (firstText.empty()) { // "-N": the last N bytes
        const auto suffix = parseNumber(lastText);
        if (!suffix)
            return {};
        if (*suffix == 0 || size == 0)
            return {ByteRange::Unsatisfiable};
        const auto length = std::min(*suffix, size);
        return {ByteRange::Part, size - length, length};
    }
    const auto first = parseNumber(firstText);
    const auto last = lastText.empty() ? std::optional<std::uint64_t>(UINT64_MAX) : parseNumber(lastText);
    if (!first || !last || *last < *first)
        return {};
    if (*first >= size)
        return {ByteRange::Unsatisfiable};
    const auto end = std::min(*last, size - 1);
    return {ByteRange::Part, *first, end - *first + 1};
}

} // namespace kp::server
