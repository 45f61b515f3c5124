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
// names the key that sealed it, so during a rotation (kundenportal-server --rotate-key,
// server/app/RotateKey.h) every value stays readable whatever moment a crash picks: the new key
// is added first, the values are sealed again in one transaction, and only then the old key
// leaves the file.
//
// Sealed form, base64 (fits a TEXT column): 'k' 'p' 1 | key id (4 bytes) | nonce (24) | box.
// The key id is a keyed hash of a constant and tells nothing about the key.
class SecretBox {
public:
    // Reads the ring; creates the file with one new key (mode 0600) when it is missing. Throws
    // ConfigError naming [security] key_file when the file is readable or writable by anyone
    // but its owner, is not a regular file, holds a line that is not a key, holds no key, or
    // cannot be created or read. `created`, when given, tells whether it made the file.
    static SecretBox fromKeyFile(const QString &path, bool *created = nullptr);
    static QByteArray newKey(); // crypto_secretbox_KEYBYTES random bytes

    // The first key seals; all of them open. Throws std::invalid_argument when `keys` is empty
    // or one of them is not crypto_secretbox_KEYBYTES long.
    explicit SecretBox(QList<QByteArray> keys);

    QString seal(const QByteArray &plain) const;
    // nullopt when the value was sealed with a key not in the ring, was changed, or is no
    // sealed value at all.
    std::optional<QByteArray> open(const QString &sealed) const;
    // Whether `sealed` names the current key as the one that sealed it.
    bool isCurrent(const QString &sealed) const;

    const QList<QByteArray> &keys() const { return m_keys; }
    // Replaces the ring at `path` atomically and durably (file and folder synced before it
    // returns) with mode 0600. Throws ConfigError naming [security] key_file when it cannot.
    static void writeKeyFile(const QString &path, const QList<QByteArray> &keys);

private:
    QList<QByteArray> m_keys;
};

} // namespace kp::server
