#include "client/videos/VideoContentSave.h"

#include <memory>

namespace kp::client {

VideoContentSave::VideoContentSave(VideoContentApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

void VideoContentSave::start(const VideoContent &fields, const std::optional<VideoContentFile> &file,
                             const QByteArray &thumbnailJpeg)
{
    auto *scope = m_scope.begin();
    m_file = file;
    m_thumbnail = thumbnailJpeg;
    auto reply = fields.id.isEmpty() ? m_api.addVideo(fields) : m_api.updateVideo(fields);
    reply
        .onSuccess(scope,
                   [this](const VideoContent &video) {
                       m_draft = video;
                       emit draftSaved(video);
                       uploadFile(video);
                   })
        .onFailure(scope, [this](const ApiError &error) { emit failed(Step::Fields, error); });
}

void VideoContentSave::uploadFile(const VideoContent &video)
{
    if (!m_file)
        return uploadThumbnail(video);
    auto *scope = m_scope.current();
    emit uploadStarted(m_file->name, m_file->size);
    const auto reply = m_api.uploadFile(video.id, m_file->path, m_file->contentType);
    m_upload = reply.call();
    // ApiCall::progress() counts the answer's bytes too once the file is sent: those are not
    // the upload's.
    connect(m_upload, &ApiCall::progress, scope,
            [this, sent = std::make_shared<bool>(false)](qint64 done, qint64 total) {
                if (*sent || total <= 0)
                    return;
                *sent = done >= total;
                emit uploadProgress(done, total);
            });
    reply.onSuccess(scope, [this](const VideoContent &withFile) { uploadThumbnail(withFile); })
        .onFailure(scope, [this](const ApiError &error) { emit failed(Step::File, error); });
}

void VideoContentSave::uploadThumbnail(const VideoContent &video)
{
    if (m_thumbnail.isEmpty()) {
        emit finished(video);
        return;
    }
    emit thumbnailStarted();
    m_api.uploadThumbnail(video.id, m_thumbnail, QStringLiteral("image/jpeg"))
        .onSuccess(m_scope.current(), [this](const VideoContent &withPicture) { emit finished(withPicture); })
        .onFailure(m_scope.current(), [this](const ApiError &error) { emit failed(Step::Thumbnail, error); });
}

void VideoContentSave::cancel()
{
    if (!m_upload)
        return;
    m_upload->cancel(); // no outcome follows from the call itself
    m_scope.begin();
    emit aborted(m_draft);
}

} // namespace kp::client
