#include "server/security/SecretBox.h"

#include "server/config/ServerConfig.h"

#include <sodium.h>

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace kp::server {
namespace {

constexpr char magic[] = {'k', 'p', 1};
constexpr int magicSize = 3;
constexpr int keyIdSize = 4;
constexpr int headerSize = magicSize + keyIdSize + crypto_secretbox_NONCEBYTES;

void initSodium()
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

[[noreturn]] void refuse(const QString &path, const QString &problem)
{
    throw ConfigError(QStringLiteral("config error: [security] key_file: %1 (%2)").arg(problem, path).toStdString());
}

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
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

// The sealed bytes, or nothing when `sealed` is not base64 of a value in our format.
std::optional<QByteArray> sealedBytes(const QString &sealed)
{
    const auto decoded = QByteArray::fromBase64Encoding(sealed.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < headerSize + static_cast<int>(crypto_secretbox_MACBYTES)
        || !decoded.decoded.startsWith(QByteArray(magic, magicSize)))
        return std::nullopt;
    return decoded.decoded;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

void syncFolder(const QString &path, const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const auto problem = lastError();
        if (fd >= 0)
            ::close(fd);
        refuse(path, QStringLiteral("its folder cannot be synced to disk: %1").arg(problem));
    }
    ::close(fd);
}

enum class Existing { Replace, Keep };

// Writes the ring to a new file beside `path` (mkostemp: 0600 from the start, never readable by
// others even for a moment), syncs it, then moves it in place: rename() over the old ring, or
// link() when a ring that appeared meanwhile (another process starting) must be kept.
void writeRing(const QString &path, const QList<QByteArray> &keys, Existing existing)
{
    const QFileInfo info(path);
    auto temporary = QFile::encodeName(info.absoluteFilePath()) + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        refuse(path, QStringLiteral("cannot be written: %1").arg(lastError()));
    QByteArray content;
    for (const auto &key : keys)
        content += key.toBase64() + '\n';
    bool written = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && writeAll(fd, content) && ::fsync(fd) == 0;
    auto problem = lastError();
    sodium_memzero(content.data(), static_cast<size_t>(content.size()));
    written = ::close(fd) == 0 && written;
    const auto target = QFile::encodeName(info.absoluteFilePath());
    if (written) {
        if (existing == Existing::Replace)
            written = ::rename(temporary.constData(), target.constData()) == 0;
        else
            written = ::link(temporary.constData(), target.constData()) == 0 || errno == EEXIST;
        problem = lastError();
    }
    if (!written || existing == Existing::Keep)
        ::unlink(temporary.constData());
    if (!written)
        refuse(path, QStringLiteral("cannot be written: %1").arg(problem));
    // The new name lasts only once the folder is on disk too: a rotation deletes the old key
    // after this returns, and must not find the file as it was after a power cut.
    syncFolder(path, info.absolutePath());
}

} // namespace

QByteArray SecretBox::newKey()
{
    initSodium();
    QByteArray key(crypto_secretbox_KEYBYTES, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

void SecretBox::writeKeyFile(const QString &path, const QList<QByteArray> &keys)
{
    writeRing(path, keys, Existing::Replace);
}

SecretBox SecretBox::fromKeyFile(const QString &path, bool *created)
{
    if (created)
        *created = false;
    const auto name = QFile::encodeName(path);
    int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) {
        writeRing(path, {newKey()}, Existing::Keep);
        if (created)
            *created = true;
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    }
    if (fd < 0)
        refuse(path, QStringLiteral("cannot be read: %1").arg(lastError()));
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        refuse(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    }
    // The mode of the file just opened, not of whatever the name points to a moment later.
    struct stat status { };
    if (::fstat(fd, &status) != 0)
        refuse(path, QStringLiteral("cannot be read: %1").arg(lastError()));
    if (!S_ISREG(status.st_mode))
        refuse(path, QStringLiteral("is not a regular file"));
    if ((status.st_mode & 077) != 0)
        refuse(path,
               QStringLiteral("is open to other users (mode %1); it must be readable by the server's user only "
                              "(chmod 600)")
                   .arg(status.st_mode & 0777, 4, 8, QLatin1Char('0')));
    auto content = file.readAll();
    QList<QByteArray> keys;
    int lineNumber = 0;
    for (const auto &line : content.split('\n')) {
        ++lineNumber;
        const auto trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != crypto_secretbox_KEYBYTES)
            refuse(path,
                   QStringLiteral("line %1 is not a base64 key of %2 bytes")
                       .arg(lineNumber)
                       .arg(crypto_secretbox_KEYBYTES));
        keys.append(decoded.decoded);
    }
    sodium_memzero(content.data(), static_cast<size_t>(content.size()));
    if (keys.isEmpty())
        refuse(path, QStringLiteral("holds no key"));
    return SecretBox(keys);
}

SecretBox::SecretBox(QList<QByteArray> keys)
    : m_keys(std::move(keys))
{
    initSodium();
    if (m_keys.isEmpty())
        throw std::invalid_argument("SecretBox needs at least one key");
    for (const auto &key : m_keys) {
        if (key.size() != crypto_secretbox_KEYBYTES)
            throw std::invalid_argument("SecretBox: a key is not crypto_secretbox_KEYBYTES long");
    }
}

QString SecretBox::seal(const QByteArray &plain) const
{
    const auto &key = m_keys.first();
    QByteArray sealed(headerSize + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    std::memcpy(out, magic, magicSize);
    const auto id = keyId(key);
    std::memcpy(out + magicSize, id.constData(), keyIdSize);
    auto *nonce = out + magicSize + keyIdSize;
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(out + headerSize, reinterpret_cast<const unsigned char *>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()), nonce,
                          reinterpret_cast<const unsigned char *>(key.constData()));
    return QString::fromLatin1(sealed.toBase64());
}

std::optional<QByteArray> SecretBox::open(const QString &sealed) const
{
    const auto bytes = sealedBytes(sealed);
    if (!bytes)
        return std::nullopt;
    const auto id = bytes->mid(magicSize, keyIdSize);
    const auto *in = reinterpret_cast<const unsigned char *>(bytes->constData());
    const auto boxSize = bytes->size() - headerSize;
    for (const auto &key : m_keys) {
        // Two keys of a ring may share an id (4 bytes); each one that matches gets its try.
        if (keyId(key) != id)
            continue;
        QByteArray plain(boxSize - static_cast<qsizetype>(crypto_secretbox_MACBYTES), Qt::Uninitialized);
        if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), in + headerSize,
                                       static_cast<unsigned long long>(boxSize), in + magicSize + keyIdSize,
                                       reinterpret_cast<const unsigned char *>(key.constData()))
            == 0)
            return plain;
    }
    return std::nullopt;
}

bool SecretBox::isCurrent(const QString &sealed) const
{
    const auto bytes = sealedBytes(sealed);
    return bytes && bytes->mid(magicSize, keyIdSize) == keyId(m_keys.first());
}

} // namespace kp::server
