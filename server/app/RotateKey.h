#pragma once

#include <QString>

#include <functional>
#include <stdexcept>

namespace kp::server {

class Connection;
class ServerApp;
struct ServerConfig;

// A stored secret that does not open with any key of the ring; the rotation changed nothing.
class KeyRotationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The moments between the rotation's steps, for tests that stop it there as a crash would.
enum class RotationStep {
    RingExtended,   // the new key heads the ring file; no value sealed with it yet
    ValuesResealed, // the values are sealed with the new key and committed; the old keys still in the file
};

// Seals every value of every column in secretColumns (server/security/SecretColumns.h) with a
// new key, crash-safe:
//   1. in one write transaction, open every value with the ring as it is; one that does not
//      open throws KeyRotationError and leaves database and key file untouched;
//   2. write the ring with the new key first, the old keys after it (atomic, synced, 0600);
//   3. seal each value with the new key and commit (synchronous = FULL, so the commit is on
//      disk when it returns);
//   4. write the ring with the new key alone.
// A crash between any two steps leaves every value readable with the ring in the file; running
// it again finishes the job. Returns how many values it sealed again. `afterStep`, when set, is
// called after steps 2 and 3.
int rotateKey(Connection &db, const QString &keyFile, const std::function<void(RotationStep)> &afterStep = {});

// The values in secretColumns (NULLs aside).
int sealedValueCount(Connection &db);

// A key file that was missing and has just been created anew cannot open what the database
// holds already (a database restored without its key file, say): removes the new file and
// throws ConfigError naming [security] key_file, so no new secret is sealed with the wrong key.
void refuseNewKeyForOldSecrets(const ServerConfig &config, bool keyFileCreated, Connection &db);

// `kundenportal-server --rotate-key`: refuses while another process uses the data folder (a
// running server would go on sealing with the old key), prints how many values it sealed again.
// Returns the process exit code.
int rotateKeyCommand(ServerApp &server);

} // namespace kp::server
