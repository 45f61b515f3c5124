#pragma once

#include "server/security/Clock.h"
#include "shared/Video.h"
#include "shared/WatchedSpans.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kp::server {

class Database;

// A row of `videos` with its series' title and position.
struct VideoRecord {
    QString id;
    QString seriesId;
    QString seriesTitle;
    int seriesPosition = 0;
    int position = 0;
    QString title;
    QString description;
    bool required = false;
    QString status = QStringLiteral("draft");
    QString fileId; // "<sha256>.<ext>", empty until uploaded
    QString contentType;
    qint64 sizeBytes = 0;
    double durationS = 0;
    QString thumbnailId; // "<sha256>.<ext>" or empty
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime publishedAt;

    bool isPublished() const { return status == QLatin1String("published"); }
};

// The editable fields of a video (API.md body {title, description, series_id, position, required}).
struct VideoFields {
    QString title;
    QString description;
    QString seriesId;
    int position = 0;
    bool required = false;
};

// A customer's record of one video (video_progress).
struct WatchRecord {
    double positionS = 0;
    double maxPositionS = 0;
    WatchedSpans spans;
    qint64 reportedAtMs = 0; // the server's clock at the last report
    QDateTime understoodAt;
};

// Owns every SQL statement on the video tables (0004_videos.sql). Each write is one statement
// or its own transaction, which joins a caller's WriteTransaction.
class VideoStore {
public:
    VideoStore(Database &database, Clock clock);

    QList<VideoSeries> series();
    std::optional<VideoSeries> findSeries(const QString &id);
    VideoSeries addSeries(const QString &title, int position);
    // False when there is no such series.
    bool updateSeries(const QString &id, const QString &title, int position);

    // Ordered by series position, video position, then creation.
    QList<VideoRecord> videos(bool publishedOnly);
    std::optional<VideoRecord> findVideo(const QString &id);
    VideoRecord addVideo(const VideoFields &fields);
    bool updateVideo(const QString &id, const VideoFields &fields);
    bool setFile(const QString &id, const QString &fileId, const QString &contentType, qint64 sizeBytes,
                 double durationS);
    bool setThumbnail(const QString &id, const QString &thumbnailId);
    bool setPublished(const QString &id, bool published);
    bool removeVideo(const QString &id);
    // Positions 1, 2, … in the given order for the listed videos of `seriesId`.
    void reorder(const QString &seriesId, const QStringList &videoIds);
    // Whether any video still shows this file (as video or thumbnail).
    bool isFileUsed(const QString &fileId);

    std::optional<WatchRecord> watchRecord(const QString &accountId, const QString &videoId);
    QHash<QString, WatchRecord> watchRecords(const QString &accountId);
    void saveWatchRecord(const QString &accountId, const QString &videoId, const WatchRecord &record);

    // When the customer last looked at the list; invalid: never.
    QDateTime seenAt(const QString &accountId);
    void markSeen(const QString &accountId);

    struct RequiredCount {
        int total = 0;
        int understood = 0;
    };
    // The published required videos (with a file) and how many of them the account confirmed.
    RequiredCount requiredCount(const QString &accountId);
    // When the account confirmed the last of the published required videos, once it confirmed
    // them all; invalid before, and while there is none.
    QDateTime requiredUnderstoodAt(const QString &accountId);

private:
    QString now() const;

    Database &m_database;
    Clock m_clock;
};

} // namespace kp::server
