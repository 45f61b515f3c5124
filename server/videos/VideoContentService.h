#pragma once

#include "server/videos/VideoStore.h"
#include "shared/Video.h"

#include <QByteArray>
#include <QStringList>

#include <mutex>

namespace kp::server {

class ContentFiles;
class Database;
class MediaLinks;

// The admin's side (API.md "Content management", kinds `series` and `videos`): series, videos
// as drafts, their files and thumbnails, publishing and order. A file is checked by its content
// (MediaProbe) and its length read before anything is stored; it enters the store by a rename
// of the finished spool, so nothing is ever half stored. Throws DomainError.
class VideoContentService {
public:
    VideoContentService(Database &database, VideoStore &store, ContentFiles &files, const MediaLinks &links);

    QList<VideoSeries> series();
    VideoSeries addSeries(const QString &title, int position);
    VideoSeries updateSeries(const QString &id, const QString &title, int position);
    // Positions 1, 2, … in the given order; every video of the series exactly once.
    QList<VideoContent> reorder(const QString &seriesId, const QStringList &videoIds);

    QList<VideoContent> videos();
    VideoContent video(const QString &id);
    VideoContent addVideo(const VideoFields &fields);
    VideoContent updateVideo(const QString &id, const VideoFields &fields);
    void removeVideo(const QString &id);
    // `spooledPath`: the finished upload in <data_dir>/tmp; taken by rename when it is a video.
    VideoContent attachFile(const QString &id, const QString &spooledPath);
    VideoContent attachThumbnail(const QString &id, const QByteArray &image);
    VideoContent setPublished(const QString &id, bool published);

private:
    VideoRecord existing(const QString &id);
    void requireSeries(const QString &seriesId);
    VideoContent contentOf(const VideoRecord &record) const;
    // Removes the stored file when no video shows it any more (the same content uploaded again
    // keeps its id, so it stays).
    void forgetFile(const QString &fileId);

    Database &m_database;
    VideoStore &m_store;
    ContentFiles &m_files;
    const MediaLinks &m_links;
    // Between "is this file still used?" and its removal no upload may adopt the same content.
    std::mutex m_filesMutex;
};

} // namespace kp::server
