#pragma once

#include "shared/WatchedSpans.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kp {

// What a customer has watched of one video (API.md `progress`).
struct VideoProgress {
    double positionS = 0;    // where they stopped last: the player resumes here
    double maxPositionS = 0; // the furthest point reached
    double watchedS = 0;     // unique seconds the server counted
    double watchedRatio = 0; // watchedS of the length, 0…1
    QDateTime understoodAt;  // invalid: not confirmed yet
    bool canConfirm = false; // the required share is watched (or it is confirmed already)

    bool isUnderstood() const { return understoodAt.isValid(); }

    QJsonObject toJson() const;
    static VideoProgress fromJson(const QJsonObject &json);
    bool operator==(const VideoProgress &) const = default;
};

// One published video as a customer sees it (API.md GET /api/v1/videos `items`).
struct Video {
    QString id;
    QString seriesId;
    QString series; // the series' title
    int seriesPosition = 0;
    int position = 0;
    QString title;
    QString description;
    double durationS = 0;
    bool required = false;
    QDateTime publishedAt;
    bool isNew = false;   // published since the customer last looked at the list
    QString streamUrl;    // signed "/media/<file>?exp=…&sig=…", relative to the server
    QString thumbnailUrl; // signed the same way, or empty
    QString fileId;       // "<sha256>.<ext>": the content, for the offline copy's name
    QString contentType;  // video/mp4 or video/webm
    qint64 sizeBytes = 0;
    VideoProgress progress;

    QJsonObject toJson() const;
    static std::optional<Video> fromJson(const QJsonObject &json);
};

// GET /api/v1/videos: the series in order, each video in order within its series.
struct VideoList {
    QList<Video> items;
    double requiredShare = 0.9; // [videos] required_share
    int requiredTotal = 0;
    int requiredLeft = 0; // required videos not yet confirmed

    QJsonObject toJson() const;
    static VideoList fromJson(const QJsonObject &json);
};

// The admin's view of a video (API.md "Content management": kind `videos`), published or not.
struct VideoContent {
    QString id;
    QString status; // "draft" or "published"
    QDateTime updatedAt;
    QDateTime publishedAt; // invalid while a draft
    QString title;
    QString description;
    QString seriesId;
    int position = 0;
    bool required = false;
    double durationS = 0; // 0 until a file is uploaded
    QString fileId;       // empty until a file is uploaded
    QString contentType;
    qint64 sizeBytes = 0;
    bool hasThumbnail = false;
    QString streamUrl;    // signed, for the admin's preview; empty without a file
    QString thumbnailUrl; // signed, or empty

    bool isPublished() const { return status == QLatin1String("published"); }

    QJsonObject toJson() const;
    static std::optional<VideoContent> fromJson(const QJsonObject &json);
};

// A series (kind `series`): a row of videos on the customer's page.
struct VideoSeries {
    QString id;
    QString status = QStringLiteral("published");
    QDateTime updatedAt;
    QString title;
    int position = 0;

    QJsonObject toJson() const;
    static std::optional<VideoSeries> fromJson(const QJsonObject &json);
};

} // namespace kp
