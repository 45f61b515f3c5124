#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace kp::client {

// A file the customer chose for a file item, read off the GUI thread: its bytes, the name the
// server stores it under and a content type guessed from the bytes (the server judges them
// itself), or why it cannot be sent.
struct PickedFile {
    Q_DECLARE_TR_FUNCTIONS(PickedFile)

public:
    static constexpr qint64 maxSize = 20 * 1024 * 1024; // API.md: ≤ 20 MiB

    QByteArray bytes;
    QString name;
    QString contentType;
    QString error; // set: nothing to send

    // Checks the size first (a 2 GB video is refused without reading it), then reads the file in
    // the thread pool; `done` runs on `context`'s thread, and not at all once `context` is gone.
    static void read(const QString &path, QObject *context, std::function<void(const PickedFile &)> done);
};

} // namespace kp::client
