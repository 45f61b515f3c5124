#include "client/app/KeychainTokenStore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTokenStore, "kp.keychain")

namespace kp::client {

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : TokenStore(parent)
    , m_service(std::move(service))
{
}

void KeychainTokenStore::markUnavailable(const QString &reason)
{
    if (m_available)
        qCWarning(lcTokenStore) << "no usable secret store, the session stays in memory only:" << reason;
    m_available = false;
    emit unavailable(reason);
}

// Jobs have no parent: a job deletes itself when done, so a removal started right before the
// app closes this store still reaches the secret store. Their results go to `this` only while
// it exists.

void KeychainTokenStore::load(const QString &server)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(server);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            emit loaded(job->textData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            markUnavailable(job->errorString());
        emit loaded(QString());
    });
    job->start();
}

void KeychainTokenStore::save(const QString &server, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(server);
    job->setInsecureFallback(false);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            emit saved();
        else
            markUnavailable(job->errorString());
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &server)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(server);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            markUnavailable(job->errorString());
        emit removed();
    });
    job->start();
}

} // namespace kp::client
