#pragma once

#include <QString>

namespace kp::server {

// An advisory lock (flock) on [server] data_dir. Every process that works with the database and
// the key ring (the server, --create-admin, …) holds it shared; `--rotate-key` needs it alone,
// so it never replaces the key of a running server, which would go on sealing with the old one.
// A process that starts while a rotation runs waits for it, then reads the new ring.
class DataDirLock {
public:
    explicit DataDirLock(const QString &dataDir); // takes it shared
    ~DataDirLock();
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    // Turns the shared lock into one of this process alone; false when another process holds
    // the folder (the shared lock may be gone then, so the process should exit).
    bool tryExclusive();

private:
    int m_fd = -1;
};

} // namespace kp::server
