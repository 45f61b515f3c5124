#pragma once

#include <QByteArray>
#include <QString>

#include <variant>

namespace kp::server {

// A profile picture as the server stores and serves it: decoded from what was uploaded and
// encoded anew, so no byte an uploader crafted (metadata, a polyglot file, a second payload
// after the image) is ever stored or served.
struct AvatarImage {
    QByteArray bytes;
    QString contentType; // image/png (pictures with transparency) or image/jpeg

    static constexpr int kSide = 512;              // stored pictures are at most this square
    static constexpr qint64 kMaxPixels = 24000000; // 24 megapixels: any camera photo, no bomb

    // Why an upload is not a picture we take; the text is the API's `fields.avatar` problem.
    struct Refusal {
        QString problem;
        QString message;
    };

    // Decides by content, never by name or declared type: PNG and JPEG only, at most
    // kMaxPixels (read from the header before anything is decoded), EXIF orientation
    // applied, cut to the centred square and scaled down to kSide.
    static std::variant<AvatarImage, Refusal> fromUpload(const QByteArray &upload);
};

} // namespace kp::server
