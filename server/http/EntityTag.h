#pragma once

#include <string>
#include <string_view>

namespace kp::server {

// Entity tags (RFC 9110 8.8.3) for conditional requests: the client's cache revalidates with
// If-None-Match, a resumed download checks If-Range.

// A strong tag over a body: "\"<32 hex digits of SHA-256>\"". Same bytes, same tag, on every
// server of the same version; nothing to store.
std::string strongTagOf(std::string_view body);

// If-None-Match (`*`, one tag or a list, weak or strong) against the current tag, compared
// weakly as RFC 9110 13.1.2 says: true means "not modified".
bool ifNoneMatchHits(std::string_view headerValue, std::string_view currentTag);

// Strong comparison (If-Range): both strong and equal.
bool strongTagsEqual(std::string_view a, std::string_view b);

} // namespace kp::server
