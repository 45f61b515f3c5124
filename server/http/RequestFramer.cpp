#include "server/http/RequestFramer.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace kp::server {
namespace {

constexpr std::size_t kMaxChunkLine = 1024;

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

std::optional<std::size_t> parseDecimal(std::string_view text)
{
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    std::size_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + std::size_t(c - '0');
    }
    return value;
}

std::optional<std::size_t> parseHex(std::string_view text)
{
    text = trimmed(text.substr(0, text.find(';'))); // chunk extensions are ignored
    if (text.empty() || text.size() > 15)
        return std::nullopt;
    std::size_t value = 0;
    for (const char c : text) {
        const int digit = std::isxdigit(static_cast<unsigned char>(c))
            ? (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10)
            : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + std::size_t(digit);
    }
    return value;
}

struct BodyFraming {
    bool chunked = false;
    std::optional<std::size_t> contentLength;
    bool expectsContinue = false;
    RequestFrame::Kind problem = RequestFrame::Complete; // Complete: no problem
};

BodyFraming readFraming(std::string_view head)
{
    BodyFraming framing;
    bool sawLength = false;
    bool sawEncoding = false;
    std::size_t lineStart = head.find('\n') + 1; // the request line carries no framing
    while (lineStart < head.size()) {
        auto lineEnd = head.find('\n', lineStart);
        if (lineEnd == std::string_view::npos)
            lineEnd = head.size();
        const auto line = head.substr(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue; // httplib answers 400 for it
        const auto name = line.substr(0, colon);
        const auto value = trimmed(line.substr(colon + 1));
        if (equalsIgnoringCase(name, "content-length")) {
            const auto length = parseDecimal(value);
            if (!length || (sawLength && framing.contentLength != length))
                framing.problem = RequestFrame::BodyTooLarge; // unreadable, or two different lengths
            sawLength = true;
            framing.contentLength = length;
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            if (sawEncoding || !equalsIgnoringCase(value, "chunked"))
                framing.problem = RequestFrame::Malformed;
            sawEncoding = true;
            framing.chunked = true;
        } else if (equalsIgnoringCase(name, "expect")) {
            framing.expectsContinue = equalsIgnoringCase(value, "100-continue");
        }
    }
    if (sawLength && sawEncoding)
        framing.problem = RequestFrame::Malformed; // the classic smuggling vector
    return framing;
}

// The end of a chunked body starting at `start`, or Incomplete / a problem.
RequestFrame frameChunked(std::string_view buffer, std::size_t start, std::size_t maxBodyBytes)
{
    std::size_t position = start;
    std::size_t total = 0;
    for (;;) {
        const auto lineEnd = buffer.find("\r\n", position);
        if (lineEnd == std::string_view::npos)
            return {buffer.size() - position > kMaxChunkLine ? RequestFrame::Malformed : RequestFrame::Incomplete};
        const auto size = parseHex(buffer.substr(position, lineEnd - position));
        if (!size)
            return {RequestFrame::Malformed};
        position = lineEnd + 2;
        if (*size == 0)
            break;
        total += *size;
        if (total > maxBodyBytes)
            return {RequestFrame::BodyTooLarge};
        if (buffer.size() < position + *size + 2)
            return {RequestFrame::Incomplete};
        if (buffer.substr(position + *size, 2) != "\r\n")
            return {RequestFrame::Malformed};
        position += *size + 2;
    }
    // Trailer fields, then an empty line.
    for (;;) {
        const auto lineEnd = buffer.find("\r\n", position);
        if (lineEnd == std::string_view::npos)
            return {buffer.size() - position > kMaxChunkLine ? RequestFrame::Malformed : RequestFrame::Incomplete};
        const bool empty = lineEnd == position;
        position = lineEnd + 2;
        if (empty)
            return {RequestFrame::Complete, position};
    }
}

} // namespace

RequestFrame frameRequest(std::string_view buffer, std::size_t maxHeadBytes, std::size_t maxBodyBytes)
{
    const auto headEnd = buffer.substr(0, maxHeadBytes + 4).find("\r\n\r\n");
    if (headEnd == std::string_view::npos)
        return {buffer.size() > maxHeadBytes ? RequestFrame::HeadTooLarge : RequestFrame::Incomplete};
    const auto bodyStart = headEnd + 4;
    const auto framing = readFraming(buffer.substr(0, headEnd));
    if (framing.problem != RequestFrame::Complete)
        return {framing.problem};

    RequestFrame frame;
    if (framing.chunked) {
        frame = frameChunked(buffer, bodyStart, maxBodyBytes);
    } else {
        const auto length = framing.contentLength.value_or(0);
        if (length > maxBodyBytes) {
            RequestFrame tooLarge {RequestFrame::BodyTooLarge};
            tooLarge.headLength = bodyStart;
            tooLarge.contentLength = length;
            tooLarge.expectsContinue = framing.expectsContinue;
            return tooLarge;
        }
        frame = buffer.size() - bodyStart >= length ? RequestFrame {RequestFrame::Complete, bodyStart + length}
                                                    : RequestFrame {RequestFrame::Incomplete};
    }
    frame.expectsContinue = frame.kind == RequestFrame::Incomplete && framing.expectsContinue;
    return frame;
}

std::optional<RequestHead> peekRequestHead(std::string_view head)
{
    const auto lineEnd = head.find("\r\n");
    const auto requestLine = head.substr(0, lineEnd);
    const auto methodEnd = requestLine.find(' ');
    const auto targetEnd = requestLine.rfind(' ');
    if (methodEnd == std::string_view::npos || targetEnd <= methodEnd)
        return std::nullopt;
    RequestHead result;
    result.method = std::string(requestLine.substr(0, methodEnd));
    const auto target = requestLine.substr(methodEnd + 1, targetEnd - methodEnd - 1);
    result.path = httplib::detail::decode_url(std::string(target.substr(0, target.find('?'))), false);
    std::size_t lineStart = lineEnd == std::string_view::npos ? head.size() : lineEnd + 2;
    while (lineStart < head.size()) {
        auto end = head.find("\r\n", lineStart);
        if (end == std::string_view::npos)
            end = head.size();
        const auto line = head.substr(lineStart, end - lineStart);
        lineStart = end + 2;
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        const auto name = line.substr(0, colon);
        if (equalsIgnoringCase(name, "content-type"))
            result.contentType = std::string(trimmed(line.substr(colon + 1)));
        else if (equalsIgnoringCase(name, "authorization"))
            result.hasAuthorization = !trimmed(line.substr(colon + 1)).empty();
    }
    return result;
}

} // namespace kp::server
