#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace kp::client {

// Writes downloaded bytes to the file the admin chose, off the GUI thread and all at once (a
// failed write leaves no half file behind).
struct SavedFile {
    Q_DECLARE_TR_FUNCTIONS(SavedFile)

public:
    // `done` runs on `context`'s thread with an empty string on success, else the reason in
    // words; not at all once `context` is gone.
    static void write(const QString &path, const QByteArray &bytes, QObject *context,
                      std::function<void(const QString &error)> done);
};

} // namespace kp::client
