#include "client/videos/OfflineVideos.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

namespace kp::client {

OfflineVideos::OfflineVideos(QNetworkAccessManager &network, QString folder, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_folder(std::move(folder))
{
    // The folder is read on a worker thread; the answer comes back to the GUI thread, where the
    // QPointer says whether this object still exists.
    QThreadPool::globalInstance()->start([folder = m_folder, self = QPointer<OfflineVideos>(this)] {
        const auto files = QDir(folder).entryList(QDir::Files);
        QMetaObject::invokeMethod(qApp, [self, files] {
            if (!self)
                return;
            for (const auto &file : files)
                self->m_saved.insert(file);
            emit self->indexed();
        });
    });
}

OfflineVideos::~OfflineVideos()
{
    for (const auto &download : std::as_const(m_downloads)) {
        download->file->cancelWriting();
        if (download->reply) {
            download->reply->disconnect(this);
            download->reply->abort();
        }
    }
}

QString OfflineVideos::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/videos");
}

QString OfflineVideos::pathOf(const QString &fileId) const
{
    // The id is the content's hash and extension; fileName() keeps any '/' from leading elsewhere.
    return m_folder + QLatin1Char('/') + QFileInfo(fileId).fileName();
}

QString OfflineVideos::localFile(const QString &fileId) const
{
    if (fileId.isEmpty() || isDownloading(fileId))
        return {};
    return m_saved.contains(QFileInfo(fileId).fileName()) ? pathOf(fileId) : QString();
}

void OfflineVideos::download(const QString &fileId, const QUrl &source)
{
    if (fileId.isEmpty() || isDownloading(fileId))
        return;
    if (!QDir().mkpath(m_folder))
        return fail(fileId, tr("The folder for offline videos cannot be created."));
    auto download = std::make_shared<Download>();
    download->file = std::make_unique<QSaveFile>(pathOf(fileId));
    if (!download->file->open(QIODevice::WriteOnly))
        return fail(fileId, tr("The video cannot be saved on this computer: %1").arg(download->file->errorString()));
    QNetworkRequest request(source);
    // A signed link: no session token, and never follow it to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    download->reply = m_network.get(request);
    m_downloads.insert(fileId, download);
    connect(download->reply, &QNetworkReply::readyRead, this, [this, fileId] { write(fileId); });
    connect(download->reply, &QNetworkReply::downloadProgress, this,
            [this, fileId](qint64 done, qint64 total) { emit progress(fileId, done, total); });
    connect(download->reply, &QNetworkReply::finished, this, [this, fileId] { finish(fileId); });
}

void OfflineVideos::write(const QString &fileId)
{
    const auto download = m_downloads.value(fileId);
    if (!download || !download->reply)
        return;
    const auto bytes = download->reply->readAll();
    if (download->file->write(bytes) != bytes.size()) {
        download->reply->disconnect(this);
        download->reply->abort();
        download->reply->deleteLater();
        fail(fileId, tr("The video cannot be saved on this computer: %1").arg(download->file->errorString()));
    }
}

void OfflineVideos::finish(const QString &fileId)
{
    const auto download = m_downloads.value(fileId);
    if (!download)
        return;
    auto *reply = download->reply.data();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        const auto reason = status ? tr("the server answered %1").arg(status) : reply->errorString();
        return fail(fileId, tr("The video could not be downloaded (%1).").arg(reason));
    }
    write(fileId);
    if (!m_downloads.contains(fileId))
        return; // writing the last bytes failed
    m_downloads.remove(fileId);
    if (!download->file->commit())
        return fail(fileId, tr("The video cannot be saved on this computer: %1").arg(download->file->errorString()));
    m_saved.insert(QFileInfo(fileId).fileName());
    emit saved(fileId);
}

void OfflineVideos::fail(const QString &fileId, const QString &message)
{
    if (const auto download = m_downloads.take(fileId))
        download->file->cancelWriting();
    emit failed(fileId, message);
}

void OfflineVideos::cancel(const QString &fileId)
{
    const auto download = m_downloads.take(fileId);
    if (!download)
        return;
    download->file->cancelWriting();
    if (download->reply) {
        download->reply->disconnect(this);
        download->reply->abort();
        download->reply->deleteLater();
    }
    emit cancelled(fileId);
}

void OfflineVideos::remove(const QString &fileId)
{
    cancel(fileId);
    if (fileId.isEmpty() || !m_saved.remove(QFileInfo(fileId).fileName()))
        return;
    QThreadPool::globalInstance()->start([path = pathOf(fileId)] { QFile::remove(path); });
}

} // namespace kp::client
