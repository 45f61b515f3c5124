#include "shared/SignedUrl.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace kp {

namespace {

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

UrlSigner::UrlSigner(QByteArray key)
    : m_key(std::move(key))
{
}

QByteArray UrlSigner::signature(const QString &path, const QString &exp) const
{
    return QMessageAuthenticationCode::hash((path + QLatin1Char('\n') + exp).toUtf8(), m_key,
                                            QCryptographicHash::Sha256)
        .toHex();
}

QString UrlSigner::sign(const QString &path, qint64 expiresAtS) const
{
    const auto exp = QString::number(expiresAtS);
    return path + QStringLiteral("?exp=") + exp + QStringLiteral("&sig=") + QString::fromLatin1(signature(path, exp));
}

UrlSigner::Check UrlSigner::verify(const QString &path, const QString &exp, const QString &sig, qint64 nowS) const
{
    bool isNumber = false;
    const auto expiresAt = exp.toLongLong(&isNumber);
    if (!isNumber || sig.size() != 64 || exp.startsWith(QLatin1Char('+')))
        return Check::Malformed;
    if (!sameBytes(signature(path, exp), sig.toLatin1().toLower()))
        return Check::BadSignature;
    return nowS > expiresAt ? Check::Expired : Check::Valid;
}

qint64 UrlSigner::expiryOf(const QString &url)
{
    const auto query = url.section(QLatin1Char('?'), 1);
    return QUrlQuery(query).queryItemValue(QStringLiteral("exp")).toLongLong();
}

} // namespace kp
