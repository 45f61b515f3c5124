#include "server/integrations/webhook/WebhookSignature.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace kp::server::webhook {

QByteArray webhookSignature(const QByteArray &secret, const QByteArray &timestamp, const QByteArray &body)
{
    const auto signedText = timestamp + '.' + body;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.constData(), int(secret.size()),
         reinterpret_cast<const unsigned char *>(signedText.constData()), std::size_t(signedText.size()), digest,
         &length);
    return "sha256=" + QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace kp::server::webhook
