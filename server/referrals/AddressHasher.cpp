#include "server/referrals/AddressHasher.h"

#include "server/security/AddressBucket.h"
#include "server/security/KeyFile.h"

#include <QMessageAuthenticationCode>

namespace kp::server::referrals {

AddressHasher::AddressHasher(QByteArray key)
    : m_key(std::move(key))
{
}

AddressHasher AddressHasher::fromDataDir(const QString &dataDir)
{
    return AddressHasher(
        loadOrMakeKeyFile(dataDir + QLatin1Char('/') + QLatin1String(kKeyFileName), 32, "the referral address key"));
}

QString AddressHasher::hash(const QString &address) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(addressBucket(address).toUtf8(), m_key, QCryptographicHash::Sha256).toHex());
}

} // namespace kp::server::referrals
