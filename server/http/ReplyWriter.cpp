#include "server/http/ReplyWriter.h"

#include "server/core/DomainError.h"
#include "server/http/ByteRange.h"
#include "server/http/EntityTag.h"
#include "server/http/Reply.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace kp::server {
namespace {

// Read from disk and handed to the socket in pieces of this size.
constexpr std::size_t kFileChunk = 64 * 1024;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// 304 when the client's copy is current; true when answered.
bool answeredNotModified(const httplib::Request &request, const std::string &tag, httplib::Response &response)
{
    if (request.method != "GET" || !request.has_header("If-None-Match")
        || !ifNoneMatchHits(request.get_header_value("If-None-Match"), tag))
        return false;
    response.status = 304;
    response.set_header("ETag", tag);
    return true;
}

void writeBody(const httplib::Request &request, int status, const std::string &body, const std::string &contentType,
               bool tagged, httplib::Response &response)
{
    if (tagged && isSuccess(status)) {
        const auto tag = strongTagOf(body);
        if (answeredNotModified(request, tag, response))
            return;
        response.set_header("ETag", tag);
    }
    response.status = status;
    response.set_content(body, contentType.c_str());
}

std::string httpDate(const timespec &time)
{
    const auto utc = QDateTime::fromSecsSinceEpoch(time.tv_sec, Qt::UTC);
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toStdString();
}

// If-Range names the representation the client has part of; a range of another one is useless.
bool rangeStillApplies(const httplib::Request &request, const std::string &tag, const std::string &lastModified)
{
    if (!request.has_header("If-Range"))
        return true;
    const auto validator = request.get_header_value("If-Range");
    return validator.starts_with('"') || validator.starts_with("W/") ? strongTagsEqual(validator, tag)
                                                                     : validator == lastModified;
}

void writeFile(const httplib::Request &request, const Reply &reply, httplib::Response &response)
{
    const int fd = ::open(reply.filePath().toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    struct stat info { };
    if (fd < 0 || ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        if (fd >= 0)
            ::close(fd);
        throw DomainError(ErrorCode::NotFound, QStringLiteral("No such file."));
    }
    const auto file = std::make_shared<int>(fd);
    const auto size = std::uint64_t(info.st_size);
    // Size, change time and inode: a file replaced or rewritten in place gets a new tag,
    // without reading it (nginx does the same).
    char tag[80];
    std::snprintf(tag, sizeof tag, "\"%llx-%llx-%llx\"", static_cast<unsigned long long>(size),
                  static_cast<unsigned long long>(info.st_mtim.tv_sec) * 1000000000ULL
                      + static_cast<unsigned long long>(info.st_mtim.tv_nsec),
                  static_cast<unsigned long long>(info.st_ino));
    const auto lastModified = httpDate(info.st_mtim);
    response.set_header("Accept-Ranges", "bytes");
    response.set_header("Last-Modified", lastModified);
    if (answeredNotModified(request, tag, response)) {
        ::close(fd);
        return;
    }
    response.set_header("ETag", tag);

    auto range = ByteRange {ByteRange::Whole, 0, size};
    if (request.method == "GET" && request.has_header("Range") && rangeStillApplies(request, tag, lastModified))
        range = parseByteRange(request.get_header_value("Range"), size);
    if (range.kind == ByteRange::Whole)
        range = ByteRange {ByteRange::Whole, 0, size};
    if (range.kind == ByteRange::Unsatisfiable) {
        ::close(fd);
        response.status = 416;
        response.set_header("Content-Range", "bytes */" + std::to_string(size));
        return;
    }
    response.status = 200;
    if (range.kind == ByteRange::Part) {
        response.status = 206;
        response.set_header("Content-Range",
                            "bytes " + std::to_string(range.offset) + '-'
                                + std::to_string(range.offset + range.length - 1) + '/' + std::to_string(size));
    }
    const auto start = range.offset;
    response.set_content_provider(
        std::size_t(range.length), reply.contentType(),
        [file, start](std::size_t offset, std::size_t length, httplib::DataSink &sink) {
            char buffer[kFileChunk];
            const auto wanted = std::min(length, sizeof buffer);
            const auto got = ::pread(*file, buffer, wanted, off_t(start + offset));
            // A file that shrank under us ends the answer early; the client sees a short body.
            return got > 0 && sink.write(buffer, std::size_t(got));
        },
        [file, lease = reply.lease()](bool) mutable {
            ::close(*file);
            lease.reset(); // e.g. a media slot, free again now that the bytes are out
        });
}

} // namespace

void writeReply(const httplib::Request &request, const Reply &reply, httplib::Response &response)
{
    for (const auto &[name, value] : reply.headers())
        response.set_header(name.c_str(), value);
    switch (reply.kind()) {
    case Reply::Kind::Json:
        return writeBody(request, reply.status(),
                         QJsonDocument(reply.jsonBody()).toJson(QJsonDocument::Compact).toStdString(),
                         "application/json", request.method == "GET", response);
    case Reply::Kind::Bytes:
        return writeBody(request, reply.status(), reply.bytesBody().toStdString(), reply.contentType(), true, response);
    case Reply::Kind::Html:
        return writeBody(request, reply.status(), reply.bytesBody().toStdString(), reply.contentType(), false,
                         response);
    case Reply::Kind::File:
        return writeFile(request, reply, response);
    case Reply::Kind::Empty:
    case Reply::Kind::Redirect:
        response.status = reply.status();
        return;
    }
}

} // namespace kp::server
