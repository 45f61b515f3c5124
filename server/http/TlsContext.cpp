#include "server/http/TlsContext.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

namespace kp::server {
namespace {

QString lastOpenSslError()
{
    char text[256] = "unknown reason";
    if (const auto code = ERR_peek_last_error())
        ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return QString::fromLatin1(text);
}

constexpr const char *kTls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                      "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                      "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

} // namespace

void TlsContext::Deleter::operator()(SSL_CTX *context) const
{
    SSL_CTX_free(context);
}

TlsContext TlsContext::load(const QString &certFile, const QString &keyFile)
{
    TlsContext result;
    const auto fail = [&result](const char *key, QString problem) {
        result.context.reset();
        result.failedKey = key;
        result.problem = std::move(problem);
        return std::move(result);
    };
    result.context.reset(SSL_CTX_new(TLS_server_method()));
    auto *context = result.context.get();
    if (!context)
        return fail("cert", lastOpenSslError());
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_options(
        context, SSL_OP_NO_COMPRESSION | SSL_OP_NO_TICKET | SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
    SSL_CTX_set_num_tickets(context, 0); // TLS 1.3 sends tickets unless told not to
    SSL_CTX_set_cipher_list(context, kTls12Ciphers);
    SSL_CTX_set1_groups_list(context, "X25519:P-256:P-384");
    // Buffers are freed while a connection idles, and a write may continue from a moved buffer.
    SSL_CTX_set_mode(context,
                     SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_RELEASE_BUFFERS);

    if (SSL_CTX_use_certificate_chain_file(context, certFile.toLocal8Bit().constData()) != 1)
        return fail("cert", QStringLiteral("is not a PEM certificate (%1)").arg(lastOpenSslError()));
    const std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new_file(keyFile.toLocal8Bit().constData(), "r"),
                                                           BIO_free);
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> privateKey(
        keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr) : nullptr, EVP_PKEY_free);
    if (!privateKey)
        return fail("key", QStringLiteral("is not a PEM private key (%1)").arg(lastOpenSslError()));
    if (SSL_CTX_use_PrivateKey(context, privateKey.get()) != 1 || SSL_CTX_check_private_key(context) != 1) {
        ERR_clear_error();
        return fail("key", QStringLiteral("does not belong to the certificate in [tls] cert"));
    }
    return result;
}

} // namespace kp::server
