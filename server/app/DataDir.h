#pragma once

namespace kp::server {

struct ServerConfig;

// The data folder holds the database: password hashes, e-mail addresses, customers' data. Only
// the server's own user may enter it, whatever umask the server was started with or an older
// install left behind. Creates [server] data_dir if missing and makes it 0700; makes the
// database files already there 0600, logging each one it had to tighten. Throws ConfigError
// naming [server] data_dir when it cannot (the folder belongs to another user, say).
// New files need no care here: main() sets the umask to 077, and SQLite gives its -wal and
// -shm files the database file's mode.
void secureDataDir(const ServerConfig &config);

} // namespace kp::server
