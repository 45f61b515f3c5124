#include "server/security/Tokens.h"

#include <sodium.h>

#include <QByteArray>

namespace kp::server::tokens {

QString newSessionToken()
{
    return randomUrlSafe(32);
}

QString randomUrlSafe(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    randombytes_buf(random.data(), std::size_t(random.size()));
    return QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashToken(const QString &token)
{
    const auto utf8 = token.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString randomCode(int length)
{
    static constexpr char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    constexpr auto size = sizeof(alphabet) - 1;
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code.append(QLatin1Char(alphabet[randombytes_uniform(size)]));
    return code;
}

} // namespace kp::server::tokens
