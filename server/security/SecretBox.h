#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kp::server {

// Encrypts the secrets the server must keep (ad-account tokens) with libsodium's
// crypto_secretbox (XSalsa20-Poly1305) and a fresh random nonce per value, so the database
// alone never reveals one ([security] key_file holds the key, outside the database).
//
// The key file is a key ring: one base64 key per line, the first one current. A sealed value
// names the key that sealed it, so during a rotation (kundenportal-server --rotate-key) every
// value stays readable whatever moment a crash picks: the new key is added first, the values are
// sealed again in one transaction, and only then the old key leaves the file.
//
// Sealed form, base64 (fits a TEXT column): 'k' 'p' 1 | key id (4 bytes) | nonce (24) | box.
class SecretBox {
public:
    // Reads the ring; creates the file with one new key (mode 0600) when it is missing. Throws
    // ConfigError naming [security] key_file when the file is readable or writable by anyone
    // but its owner, holds no valid key, or cannot be created.
    static SecretBox fromKeyFile(const QString &path);
    static QByteArray newKey(); // 32 random bytes

    explicit SecretBox(QList<QByteArray> keys); // the first one seals; all of them open

    QString seal(const QByteArray &plain) const;
    // nullopt when the value was sealed with a key not in the ring, or was changed.
    std::optional<QByteArray> open(const QString &sealed) const;
    // Whether `sealed` was sealed with the current key (a rotation skips those).
    bool isCurrent(const QString &sealed) const;

    const QList<QByteArray> &keys() const { return m_keys; }
    // Writes the ring to `path` atomically with mode 0600.
    static void writeKeyFile(const QString &path, const QList<QByteArray> &keys);

private:
    QList<QByteArray> m_keys;
};

} // namespace kp::server
