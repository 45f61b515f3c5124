#pragma once

#include <QString>

#include <optional>

namespace kp::server {

// What an uploaded file is, judged by its content and never by its name or declared type:
// an MP4 (an ISO BMFF "ftyp" box first) or a WebM (an EBML header whose DocType is "webm"),
// and its length as the container states it (MP4: the movie header's duration over its time
// scale; WebM: the segment info's Duration times its TimecodeScale). Reads only the headers it
// needs, so a large file costs a few seeks.
struct MediaInfo {
    QString contentType; // "video/mp4" or "video/webm"
    QString extension;   // "mp4" or "webm"
    double durationS = 0;
};

class MediaProbe {
public:
    // nullopt when the file is neither, or when it states no positive length.
    static std::optional<MediaInfo> probe(const QString &path);
    // "image/jpeg" or "image/png" by signature, or empty.
    static QString imageType(const QByteArray &head);
};

} // namespace kp::server
