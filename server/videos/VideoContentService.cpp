#include "server/videos/VideoContentService.h"

#include "server/core/ContentFiles.h"
#include "server/core/DomainError.h"
#include "server/db/Database.h"
#include "server/videos/MediaLinks.h"
#include "server/videos/MediaProbe.h"

#include <QFileInfo>
#include <QSet>

namespace kp::server {
namespace {

DomainError notFound(const QString &what)
{
    return DomainError(ErrorCode::NotFound, QStringLiteral("There is no such %1.").arg(what));
}

QString shaOf(const QString &fileId)
{
    return fileId.section(QLatin1Char('.'), 0, 0);
}

} // namespace

VideoContentService::VideoContentService(Database &database, VideoStore &store, ContentFiles &files,
                                         const MediaLinks &links)
    : m_database(database)
    , m_store(store)
    , m_files(files)
    , m_links(links)
{
}

QList<VideoSeries> VideoContentService::series()
{
    return m_store.series();
}

VideoSeries VideoContentService::addSeries(const QString &title, int position)
{
    return m_store.addSeries(title, position);
}

VideoSeries VideoContentService::updateSeries(const QString &id, const QString &title, int position)
{
    if (!m_store.updateSeries(id, title, position))
        throw notFound(QStringLiteral("series"));
    return *m_store.findSeries(id);
}

QList<VideoContent> VideoContentService::reorder(const QString &seriesId, const QStringList &videoIds)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    requireSeries(seriesId);
    QSet<QString> inSeries;
    for (const auto &video : m_store.videos(false)) {
        if (video.seriesId == seriesId)
            inSeries.insert(video.id);
    }
    const QSet<QString> given(videoIds.cbegin(), videoIds.cend());
    if (given != inSeries || qsizetype(given.size()) != videoIds.size())
        throw DomainError(ErrorCode::ValidationFailed, QStringLiteral("Name every video of the series exactly once."),
                          {{QStringLiteral("video_ids"), QStringLiteral("invalid")}});
    m_store.reorder(seriesId, videoIds);
    transaction.commit();
    QList<VideoContent> ordered;
    for (const auto &video : m_store.videos(false)) {
        if (video.seriesId == seriesId)
            ordered.append(contentOf(video));
    }
    return ordered;
}

QList<VideoContent> VideoContentService::videos()
{
    QList<VideoContent> all;
    for (const auto &video : m_store.videos(false))
        all.append(contentOf(video));
    return all;
}

VideoContent VideoContentService::video(const QString &id)
{
    return contentOf(existing(id));
}

VideoContent VideoContentService::addVideo(const VideoFields &fields)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    requireSeries(fields.seriesId);
    const auto added = m_store.addVideo(fields);
    transaction.commit();
    return contentOf(added);
}

VideoContent VideoContentService::updateVideo(const QString &id, const VideoFields &fields)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    existing(id);
    requireSeries(fields.seriesId);
    m_store.updateVideo(id, fields);
    transaction.commit();
    return video(id);
}

void VideoContentService::removeVideo(const QString &id)
{
    const auto video = existing(id);
    m_store.removeVideo(id);
    forgetFile(video.fileId);
    forgetFile(video.thumbnailId);
}

VideoContent VideoContentService::attachFile(const QString &id, const QString &spooledPath)
{
    const auto before = existing(id);
    const auto media = MediaProbe::probe(spooledPath);
    if (!media)
        throw DomainError(ErrorCode::UnsupportedMediaType,
                          QStringLiteral("This is not an MP4 or WebM video whose length can be read."));
    const auto size = QFileInfo(spooledPath).size();
    {
        const std::lock_guard lock(m_filesMutex);
        const auto fileId = m_files.adopt(spooledPath) + QLatin1Char('.') + media->extension;
        if (!m_store.setFile(id, fileId, media->contentType, size, media->durationS))
            throw notFound(QStringLiteral("video"));
    }
    forgetFile(before.fileId);
    return video(id);
}

VideoContent VideoContentService::attachThumbnail(const QString &id, const QByteArray &image)
{
    const auto before = existing(id);
    const auto type = MediaProbe::imageType(image.left(16));
    if (type.isEmpty())
        throw DomainError(ErrorCode::UnsupportedMediaType,
                          QStringLiteral("A thumbnail must be a JPEG or PNG picture."));
    {
        const std::lock_guard lock(m_filesMutex);
        const auto extension = type == QLatin1String("image/png") ? QStringLiteral(".png") : QStringLiteral(".jpg");
        if (!m_store.setThumbnail(id, m_files.store(image) + extension))
            throw notFound(QStringLiteral("video"));
    }
    forgetFile(before.thumbnailId);
    return video(id);
}

VideoContent VideoContentService::setPublished(const QString &id, bool published)
{
    auto &db = m_database.connection();
    WriteTransaction transaction(db);
    const auto video = existing(id);
    if (published && video.fileId.isEmpty())
        throw DomainError(ErrorCode::Conflict, QStringLiteral("Upload the video file before publishing it."));
    m_store.setPublished(id, published);
    transaction.commit();
    return this->video(id);
}

VideoRecord VideoContentService::existing(const QString &id)
{
    auto video = m_store.findVideo(id);
    if (!video)
        throw notFound(QStringLiteral("video"));
    return *video;
}

void VideoContentService::requireSeries(const QString &seriesId)
{
    if (!m_store.findSeries(seriesId))
        throw DomainError(ErrorCode::ValidationFailed, QStringLiteral("There is no such series."),
                          {{QStringLiteral("series_id"), QStringLiteral("invalid")}});
}

VideoContent VideoContentService::contentOf(const VideoRecord &record) const
{
    VideoContent content;
    content.id = record.id;
    content.status = record.status;
    content.updatedAt = record.updatedAt;
    content.publishedAt = record.isPublished() ? record.publishedAt : QDateTime();
    content.title = record.title;
    content.description = record.description;
    content.seriesId = record.seriesId;
    content.position = record.position;
    content.required = record.required;
    content.durationS = record.durationS;
    content.fileId = record.fileId;
    content.contentType = record.contentType;
    content.sizeBytes = record.sizeBytes;
    content.hasThumbnail = !record.thumbnailId.isEmpty();
    content.streamUrl = m_links.link(record.fileId);
    content.thumbnailUrl = m_links.link(record.thumbnailId);
    return content;
}

void VideoContentService::forgetFile(const QString &fileId)
{
    if (fileId.isEmpty())
        return;
    const std::lock_guard lock(m_filesMutex);
    if (!m_store.isFileUsed(fileId))
        m_files.remove(shaOf(fileId));
}

} // namespace kp::server
