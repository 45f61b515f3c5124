#include "server/videos/VideoStore.h"

#include "server/db/Database.h"
#include "server/security/Tokens.h"
#include "shared/Account.h"

#include <QJsonDocument>

namespace kp::server {
namespace {

// One SELECT list for every read of a video, so rowToVideo has one shape to read.
#define VIDEO_COLUMNS                                                                                                  \
    "v.id, v.series_id, s.title, s.position, v.position, v.title, v.description, v.required, v.status, "               \
    "v.file_id, v.content_type, v.size_bytes, v.duration_s, v.thumbnail_id, v.created_at, v.updated_at, "              \
    "v.published_at FROM videos v JOIN video_series s ON s.id = v.series_id "

VideoRecord rowToVideo(const Query &row)
{
    VideoRecord video;
    video.id = row.text(0);
    video.seriesId = row.text(1);
    video.seriesTitle = row.text(2);
    video.seriesPosition = int(row.integer(3));
    video.position = int(row.integer(4));
    video.title = row.text(5);
    video.description = row.text(6);
    video.required = row.integer(7) != 0;
    video.status = row.text(8);
    video.fileId = row.text(9);
    video.contentType = row.text(10);
    video.sizeBytes = row.integer(11);
    video.durationS = row.real(12);
    video.thumbnailId = row.text(13);
    video.createdAt = fromApiInstant(row.text(14));
    video.updatedAt = fromApiInstant(row.text(15));
    video.publishedAt = fromApiInstant(row.text(16));
    return video;
}

WatchRecord rowToWatch(const Query &row, int first)
{
    WatchRecord record;
    record.positionS = row.real(first);
    record.maxPositionS = row.real(first + 1);
    record.spans = WatchedSpans::fromJson(QJsonDocument::fromJson(row.text(first + 2).toUtf8()).array());
    record.reportedAtMs = row.integer(first + 3);
    record.understoodAt = fromApiInstant(row.text(first + 4));
    return record;
}

} // namespace

VideoStore::VideoStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QString VideoStore::now() const
{
    return toApiInstant(m_clock());
}

QList<VideoSeries> VideoStore::series()
{
    auto row = m_database.connection().query(
        "SELECT id, title, position, updated_at FROM video_series ORDER BY position, title");
    QList<VideoSeries> all;
    while (row.next())
        all.append(
            {row.text(0), QStringLiteral("published"), fromApiInstant(row.text(3)), row.text(1), int(row.integer(2))});
    return all;
}

std::optional<VideoSeries> VideoStore::findSeries(const QString &id)
{
    auto row
        = m_database.connection().query("SELECT id, title, position, updated_at FROM video_series WHERE id = ?", id);
    if (!row.next())
        return std::nullopt;
    return VideoSeries {row.text(0), QStringLiteral("published"), fromApiInstant(row.text(3)), row.text(1),
                        int(row.integer(2))};
}

VideoSeries VideoStore::addSeries(const QString &title, int position)
{
    const auto id = QStringLiteral("ser_") + tokens::randomCode(12).toLower();
    const auto at = now();
    m_database.connection()
        .query("INSERT INTO video_series (id, title, position, updated_at) VALUES (?, ?, ?, ?)", id, title, position,
               at)
        .run();
    return {id, QStringLiteral("published"), fromApiInstant(at), title, position};
}

bool VideoStore::updateSeries(const QString &id, const QString &title, int position)
{
    return m_database.connection()
               .query("UPDATE video_series SET title = ?, position = ?, updated_at = ? WHERE id = ?", title, position,
                      now(), id)
               .run()
        > 0;
}

QList<VideoRecord> VideoStore::videos(bool publishedOnly)
{
    auto row = m_database.connection().query("SELECT " VIDEO_COLUMNS "WHERE (? = 0 OR v.status = 'published') "
                                             "ORDER BY s.position, s.title, v.position, v.created_at",
                                             publishedOnly);
    QList<VideoRecord> all;
    while (row.next())
        all.append(rowToVideo(row));
    return all;
}

std::optional<VideoRecord> VideoStore::findVideo(const QString &id)
{
    auto row = m_database.connection().query("SELECT " VIDEO_COLUMNS "WHERE v.id = ?", id);
    if (!row.next())
        return std::nullopt;
    return rowToVideo(row);
}

VideoRecord VideoStore::addVideo(const VideoFields &fields)
{
    const auto id = QStringLiteral("vid_") + tokens::randomCode(12).toLower();
    const auto at = now();
    m_database.connection()
        .query("INSERT INTO videos (id, series_id, position, title, description, required, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               id, fields.seriesId, fields.position, fields.title, fields.description, fields.required, at, at)
        .run();
    return *findVideo(id);
}

bool VideoStore::updateVideo(const QString &id, const VideoFields &fields)
{
    return m_database.connection()
               .query("UPDATE videos SET series_id = ?, position = ?, title = ?, description = ?, required = ?, "
                      "updated_at = ? WHERE id = ?",
                      fields.seriesId, fields.position, fields.title, fields.description, fields.required, now(), id)
               .run()
        > 0;
}

bool VideoStore::setFile(const QString &id, const QString &fileId, const QString &contentType, qint64 sizeBytes,
                         double durationS)
{
    return m_database.connection()
               .query("UPDATE videos SET file_id = ?, content_type = ?, size_bytes = ?, duration_s = ?, "
                      "updated_at = ? WHERE id = ?",
                      fileId, contentType, std::int64_t(sizeBytes), durationS, now(), id)
               .run()
        > 0;
}

bool VideoStore::setThumbnail(const QString &id, const QString &thumbnailId)
{
    return m_database.connection()
               .query("UPDATE videos SET thumbnail_id = ?, updated_at = ? WHERE id = ?", nullIfEmpty(thumbnailId),
                      now(), id)
               .run()
        > 0;
}

bool VideoStore::setPublished(const QString &id, bool published)
{
    const auto at = now();
    // A video published again keeps its first date: it is not "new" a second time.
    return m_database.connection()
               .query("UPDATE videos SET status = ?, published_at = CASE WHEN ? THEN COALESCE(published_at, ?) "
                      "ELSE published_at END, updated_at = ? WHERE id = ?",
                      published ? QStringLiteral("published") : QStringLiteral("draft"), published, at, at, id)
               .run()
        > 0;
}

bool VideoStore::removeVideo(const QString &id)
{
    return m_database.connection().query("DELETE FROM videos WHERE id = ?", id).run() > 0;
}

void VideoStore::reorder(const QString &seriesId, const QStringList &videoIds)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto at = now();
    int position = 0;
    for (const auto &id : videoIds)
        db.query("UPDATE videos SET position = ?, updated_at = ? WHERE id = ? AND series_id = ?", ++position, at, id,
                 seriesId)
            .run();
    transaction.commit();
}

bool VideoStore::isFileUsed(const QString &fileId)
{
    auto row = m_database.connection().query("SELECT 1 FROM videos WHERE file_id = ? OR thumbnail_id = ? LIMIT 1",
                                             fileId, fileId);
    return row.next();
}

std::optional<WatchRecord> VideoStore::watchRecord(const QString &accountId, const QString &videoId)
{
    auto row = m_database.connection().query("SELECT position_s, max_position_s, spans, reported_at_ms, "
                                             "understood_at FROM video_progress WHERE account_id = ? AND video_id = ?",
                                             accountId, videoId);
    if (!row.next())
        return std::nullopt;
    return rowToWatch(row, 0);
}

QHash<QString, WatchRecord> VideoStore::watchRecords(const QString &accountId)
{
    auto row = m_database.connection().query("SELECT video_id, position_s, max_position_s, spans, reported_at_ms, "
                                             "understood_at FROM video_progress WHERE account_id = ?",
                                             accountId);
    QHash<QString, WatchRecord> records;
    while (row.next())
        records.insert(row.text(0), rowToWatch(row, 1));
    return records;
}

void VideoStore::saveWatchRecord(const QString &accountId, const QString &videoId, const WatchRecord &record)
{
    const auto spans = QString::fromUtf8(QJsonDocument(record.spans.toJson()).toJson(QJsonDocument::Compact));
    const auto understood
        = record.understoodAt.isValid() ? std::optional(toApiInstant(record.understoodAt)) : std::nullopt;
    m_database.connection()
        .query("INSERT INTO video_progress (account_id, video_id, position_s, max_position_s, spans, reported_at_ms, "
               "understood_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, video_id) DO UPDATE SET "
               "position_s = excluded.position_s, max_position_s = excluded.max_position_s, spans = excluded.spans, "
               "reported_at_ms = excluded.reported_at_ms, understood_at = excluded.understood_at",
               accountId, videoId, record.positionS, record.maxPositionS, spans, std::int64_t(record.reportedAtMs),
               understood)
        .run();
}

QDateTime VideoStore::seenAt(const QString &accountId)
{
    auto row = m_database.connection().query("SELECT seen_at FROM video_list_views WHERE account_id = ?", accountId);
    return row.next() ? fromApiInstant(row.text(0)) : QDateTime();
}

void VideoStore::markSeen(const QString &accountId)
{
    m_database.connection()
        .query("INSERT INTO video_list_views (account_id, seen_at) VALUES (?, ?) "
               "ON CONFLICT (account_id) DO UPDATE SET seen_at = excluded.seen_at",
               accountId, now())
        .run();
}

VideoStore::RequiredCount VideoStore::requiredCount(const QString &accountId)
{
    auto row = m_database.connection().query(
        "SELECT COUNT(*), COUNT(p.understood_at) FROM videos v LEFT JOIN video_progress p "
        "ON p.video_id = v.id AND p.account_id = ? "
        "WHERE v.status = 'published' AND v.required = 1 AND v.file_id IS NOT NULL",
        accountId);
    row.next();
    return {int(row.integer(0)), int(row.integer(1))};
}

QDateTime VideoStore::requiredUnderstoodAt(const QString &accountId)
{
    auto row = m_database.connection().query(
        "SELECT COUNT(*), COUNT(p.understood_at), MAX(p.understood_at) FROM videos v LEFT JOIN video_progress p "
        "ON p.video_id = v.id AND p.account_id = ? "
        "WHERE v.status = 'published' AND v.required = 1 AND v.file_id IS NOT NULL",
        accountId);
    row.next();
    const bool all = row.integer(0) > 0 && row.integer(0) == row.integer(1);
    return all ? fromApiInstant(row.text(2)) : QDateTime();
}

} // namespace kp::server
