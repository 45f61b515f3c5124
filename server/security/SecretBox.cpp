#include "server/security/SecretBox.h"

#include "server/config/ServerConfig.h"

#include <sodium.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kp::server {
namespace {

constexpr char magic[] = {'k', 'p', 1};
constexpr int magicSize = 3;
constexpr int keyIdSize = 4;
constexpr int headerSize = magicSize + keyIdSize + crypto_secretbox_NONCEBYTES;

[[noreturn]] void refuse(const QString &path, const QString &problem)
{
    throw ConfigError(QStringLiteral("config error: [security] key_file: %1 (%2)").arg(problem, path).toStdString());
}

// A short name for a key that reveals nothing of it: the first bytes of its keyed hash.
QByteArray keyId(const QByteArray &key)
{
    unsigned char hash[crypto_generichash_BYTES];
    static constexpr char label[] = "kundenportal key id";
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(label), sizeof label - 1,
                       reinterpret_cast<const unsigned char *>(key.constData()), static_cast<size_t>(key.size()));
    return QByteArray(reinterpret_cast<const char *>(hash), keyIdSize);
}

void requireOwnerOnly(const QString &path)
{
    const auto permissions = QFileInfo(path).permissions();
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
        | QFile::ExeOther;
    if (permissions & others)
        refuse(path, QStringLiteral("must be readable by the server's user only (chmod 600)"));
}

} // namespace

QByteArray SecretBox::newKey()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

void SecretBox::writeKeyFile(const QString &path, const QList<QByteArray> &keys)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        refuse(path, QStringLiteral("cannot be written: %1").arg(file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    for (const auto &key : keys)
        file.write(key.toBase64() + '\n');
    if (!file.commit())
        refuse(path, QStringLiteral("cannot be written: %1").arg(file.errorString()));
}

SecretBox SecretBox::fromKeyFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        writeKeyFile(path, {newKey()});
    requireOwnerOnly(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        refuse(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    QList<QByteArray> keys;
    for (const auto &line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(line.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != crypto_secretbox_KEYBYTES)
            refuse(path, QStringLiteral("holds a line that is not a base64 key of 32 bytes"));
        keys.append(decoded.decoded);
    }
    if (keys.isEmpty())
        refuse(path, QStringLiteral("holds no key"));
    return SecretBox(keys);
}

SecretBox::SecretBox(QList<QByteArray> keys)
    : m_keys(std::move(keys))
{
}

QString SecretBox::seal(const QByteArray &plain) const
{
    const auto &key = m_keys.first();
    QByteArray sealed(headerSize + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    std::copy(magic, magic + magicSize, sealed.begin());
    const auto id = keyId(key);
    std::copy(id.begin(), id.end(), sealed.begin() + magicSize);
    auto *nonce = out + magicSize + keyIdSize;
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(out + headerSize, reinterpret_cast<const unsigned char *>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()), nonce,
                          reinterpret_cast<const unsigned char *>(key.constData()));
    return QString::fromLatin1(sealed.toBase64());
}

std::optional<QByteArray> SecretBox::open(const QString &sealed) const
{
    const auto decoded = QByteArray::fromBase64Encoding(sealed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const auto &bytes = decoded.decoded;
    if (bytes.size() < headerSize + crypto_secretbox_MACBYTES || !bytes.startsWith(QByteArray(magic, magicSize)))
        return std::nullopt;
    const auto id = bytes.mid(magicSize, keyIdSize);
    for (const auto &key : m_keys) {
        if (keyId(key) != id)
            continue;
        const auto *in = reinterpret_cast<const unsigned char *>(bytes.constData());
        QByteArray plain(bytes.size() - headerSize - crypto_secretbox_MACBYTES, Qt::Uninitialized);
        if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), in + headerSize,
                                       static_cast<unsigned long long>(bytes.size() - headerSize),
                                       in + magicSize + keyIdSize,
                                       reinterpret_cast<const unsigned char *>(key.constData()))
            == 0)
            return plain;
    }
    return std::nullopt;
}

bool SecretBox::isCurrent(const QString &sealed) const
{
    const auto decoded = QByteArray::fromBase64Encoding(sealed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.mid(magicSize, keyIdSize) == keyId(m_keys.first());
}

} // namespace kp::server
