#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QImage>
#include <QString>

namespace kp::client {

// Reading a picture the user chose, with the limits the server also enforces (API.md
// PUT /api/v1/me/avatar), so the user hears at once what is wrong instead of after an upload.
class AvatarImage {
    Q_DECLARE_TR_FUNCTIONS(AvatarImage)

public:
    static constexpr qint64 maxFileBytes = 5 * 1024 * 1024;
    // Checked against the size the file declares, before decoding: a few KB of PNG can declare
    // 30000 × 30000 pixels (3.6 GB decoded), a decompression bomb.
    static constexpr qint64 maxPixels = 40'000'000;
    // The largest side of the picture that is uploaded.
    static constexpr int maxOutputSide = 512;

    struct Loaded {
        QImage image;  // null when refused
        QString error; // translated, for the user; empty when loaded
        bool ok() const { return !image.isNull(); }
    };

    // Decides by the file's content, not its name: a text file renamed to .png is refused.
    static Loaded load(const QString &path);
    // load() on a pool thread: reading and decoding up to 40 megapixels takes a moment the GUI
    // thread must not wait. Watch it with a QFutureWatcher to get the result on the GUI thread.
    static QFuture<Loaded> loadInBackground(const QString &path);
    // The same limits for a picture that is already decoded (pasted, or from another source).
    static Loaded fromImage(const QImage &image);
};

} // namespace kp::client
