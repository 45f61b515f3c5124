#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kp::server {

// Where one HTTP/1.1 request ends in a connection's buffer, decided before any worker sees it:
// the connection loop reads requests without holding a thread and hands a worker only requests
// that have fully arrived. The rules are the strict subset of RFC 9112 that cannot desync a
// proxy in front: Content-Length or chunked, never both, one length only.
struct RequestFrame {
    enum Kind {
        Incomplete,   // more bytes needed
        Complete,     // `length` bytes hold the whole request (head and body)
        HeadTooLarge, // the head does not end within the limit: 431
        BodyTooLarge, // the body exceeds the limit, or its length is unreadable: 413
        Malformed,    // conflicting or unsupported framing: 400
    };
    Kind kind = Incomplete;
    std::size_t length = 0;
    // The client waits for "100 Continue" before sending a body that has not arrived yet.
    bool expectsContinue = false;
    // For BodyTooLarge by Content-Length: where the body starts and how long it says it is, so
    // the loop may still take it for a route that streams its body to disk.
    std::size_t headLength = 0;
    std::size_t contentLength = 0;
};

RequestFrame frameRequest(std::string_view buffer, std::size_t maxHeadBytes, std::size_t maxBodyBytes);

// What the loop needs of a complete request head to decide about a body before it reads it.
struct RequestHead {
    std::string method;
    std::string path; // decoded, without the query, as cpp-httplib will route it
    std::string contentType;
    bool hasAuthorization = false;
};
// `head` without its final blank line; nullopt when the request line is unreadable.
std::optional<RequestHead> peekRequestHead(std::string_view head);

} // namespace kp::server
