#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace kp::client {

// Copies of videos kept for offline viewing, in the app's cache folder (<cache>/videos/<file_id>,
// named by content so a re-uploaded video is a new file). A download streams the signed link's
// bytes as they arrive into a temporary file beside the target, renamed into place only when
// complete (QSaveFile): a cancelled or broken download never leaves a half video to play. The
// link needs no auth header, so nothing of the session is sent. Which copies exist is read once,
// off the GUI thread, and then kept up to date by the downloads and removals here.
class OfflineVideos : public QObject {
    Q_OBJECT

public:
    // `folder` is created on the first download; by default <CacheLocation>/videos.
    explicit OfflineVideos(QNetworkAccessManager &network, QString folder = defaultFolder(), QObject *parent = nullptr);
    ~OfflineVideos() override;

    static QString defaultFolder();

    // The complete offline copy of the content `fileId`, or empty when there is none (also until
    // the folder was read: indexed() says when).
    QString localFile(const QString &fileId) const;
    bool isDownloading(const QString &fileId) const { return m_downloads.contains(fileId); }

    void download(const QString &fileId, const QUrl &source);
    void cancel(const QString &fileId);
    void remove(const QString &fileId);

signals:
    // The copies on disk are known (localFile() answers for them from now on).
    void indexed();
    void progress(const QString &fileId, qint64 done, qint64 total);
    void saved(const QString &fileId);
    void failed(const QString &fileId, const QString &message);
    void cancelled(const QString &fileId);

private:
    struct Download {
        QPointer<QNetworkReply> reply;
        std::unique_ptr<QSaveFile> file;
    };
    QString pathOf(const QString &fileId) const;
    void write(const QString &fileId);
    void finish(const QString &fileId);
    void fail(const QString &fileId, const QString &message);

    QNetworkAccessManager &m_network;
    QString m_folder;
    QHash<QString, std::shared_ptr<Download>> m_downloads;
    QSet<QString> m_saved; // file ids with a complete copy
};

} // namespace kp::client
