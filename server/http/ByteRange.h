#pragma once

#include <cstdint>
#include <string_view>

namespace kp::server {

// A Range request header (RFC 9110 14.2) against a representation of `size` bytes. One range
// is served as 206; a header we do not serve (several ranges, another unit, bad syntax) is
// ignored and the whole file goes out as 200, which the RFC allows.
struct ByteRange {
    enum Kind {
        Whole,         // no range to apply
        Part,          // 206: bytes [offset, offset + length)
        Unsatisfiable, // 416 with "Content-Range: bytes */size"
    };
    Kind kind = Whole;
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
};

ByteRange parseByteRange(std::string_view header, std::uint64_t size);

} // namespace kp::server
