#pragma once

#include <QByteArray>
#include <QString>

namespace kp::server::referrals {

// The only form in which a click's client address is kept: HMAC-SHA256 (hex) of its address
// bucket (an IPv4 address, or the /64 of an IPv6 one, which a household's privacy addresses
// share) under a key of the server's own. Without the key a hash cannot be tested against
// guessed addresses (IPv4 has only 2^32), and the key never leaves the server: it lives in
// <data_dir>/referral-address.key (0600), apart from the database and from [security] key_file,
// whose rotation would otherwise make every click within the window unrecognisable.
class AddressHasher {
public:
    static constexpr const char *kKeyFileName = "referral-address.key";

    explicit AddressHasher(QByteArray key);
    // Reads the key from the data folder, making it on first start.
    static AddressHasher fromDataDir(const QString &dataDir);

    QString hash(const QString &address) const;

private:
    QByteArray m_key;
};

} // namespace kp::server::referrals
