#include "TestServiceAccount.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>
#include <stdexcept>

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

TestServiceAccount TestServiceAccount::create(const QString &directory, const QString &clientEmail)
{
    const Key key(EVP_RSA_gen(2048), &EVP_PKEY_free);
    const Bio privateBio(BIO_new(BIO_s_mem()), &BIO_free);
    const Bio publicBio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!key || !privateBio || !publicBio
        || PEM_write_bio_PrivateKey(privateBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_PUBKEY(publicBio.get(), key.get()) != 1)
        throw std::runtime_error("TestServiceAccount: OpenSSL could not make an RSA key");

    TestServiceAccount account;
    account.clientEmail = clientEmail;
    account.privateKeyPem = drain(privateBio.get());
    account.publicKeyPem = drain(publicBio.get());
    account.keyFile = QDir(directory).filePath(clientEmail.section(QLatin1Char('@'), 0, 0) + QStringLiteral(".json"));

    const QJsonObject json {
        {QStringLiteral("type"), QStringLiteral("service_account")},
        {QStringLiteral("project_id"), QStringLiteral("kundenportal-test")},
        {QStringLiteral("private_key_id"), QStringLiteral("0123456789abcdef0123456789abcdef01234567")},
        {QStringLiteral("private_key"), QString::fromLatin1(account.privateKeyPem)},
        {QStringLiteral("client_email"), clientEmail},
        {QStringLiteral("client_id"), QStringLiteral("100000000000000000001")},
        {QStringLiteral("auth_uri"), QStringLiteral("https://accounts.google.com/o/oauth2/auth")},
        {QStringLiteral("token_uri"), QStringLiteral("https://oauth2.googleapis.com/token")},
    };
    QFile file(account.keyFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0)
        throw std::runtime_error("TestServiceAccount: cannot write the key file");
    return account;
}
