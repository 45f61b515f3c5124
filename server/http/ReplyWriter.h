#pragma once

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace kp::server {

class Reply;

// Turns a handler's Reply into cpp-httplib's response, with what every route gets the same way:
// - JSON answers to GET and every bytes or file answer carry a strong ETag;
// - a GET whose If-None-Match hits answers 304 with the ETag and no body;
// - files go out through a content provider (never read whole into memory), with
//   Accept-Ranges, Last-Modified, one byte range as 206 + Content-Range, 416 for a range past
//   the end, and If-Range deciding whether the range still applies.
// The request's Range header is read here; the pre-routing handler has already taken the
// parsed ranges away from cpp-httplib, which would otherwise cut every kind of answer itself.
void writeReply(const httplib::Request &request, const Reply &reply, httplib::Response &response);

} // namespace kp::server
