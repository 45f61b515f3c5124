#pragma once

#include <QString>

#include <memory>

using SSL_CTX = struct ssl_ctx_st;

namespace kp::server {

// The server's TLS settings in one place, after Mozilla's "intermediate" profile: TLS 1.2 or
// newer, ECDHE key exchange with AEAD ciphers only (forward secrecy, no CBC, no SHA-1 MACs), no
// compression (CRIME), no session tickets (their key would break forward secrecy while it
// lives), no renegotiation.
struct TlsContext {
    struct Deleter {
        void operator()(SSL_CTX *context) const;
    };
    std::unique_ptr<SSL_CTX, Deleter> context;
    // On failure: which of the two files is at fault ("cert" or "key"), and why.
    const char *failedKey = nullptr;
    QString problem;

    static TlsContext load(const QString &certFile, const QString &keyFile);
};

} // namespace kp::server
