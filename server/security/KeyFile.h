#pragma once

#include <QByteArray>
#include <QString>

namespace kp::server {

// A key of the server's own in a file of the data folder: `bytes` random bytes made on first
// start (mode 0600 before the first byte is written) and read on every later one, so what it
// signs or hashes stays valid across restarts and the database alone never reveals it.
// `what` names the key in errors ("the media link key"). Throws std::runtime_error when the file
// cannot be read or made, or holds a key of another length.
QByteArray loadOrMakeKeyFile(const QString &path, int bytes, const char *what);

} // namespace kp::server
