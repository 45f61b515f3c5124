#pragma once

#include "client/api/RequestScope.h"
#include "client/videos/VideoContentApi.h"
#include "client/videos/VideoContentFile.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace kp::client {

// Saving one video from the editor, in the order the server needs: the fields (POST a new
// draft, or PUT), then the file streamed with progress, then the thumbnail. Emits exactly one of
// finished(), aborted() or failed(); the video exists on the server from draftSaved() on, so a
// later attempt changes that draft instead of adding another.
class VideoContentSave : public QObject {
    Q_OBJECT

public:
    enum class Step { Fields, File, Thumbnail };
    Q_ENUM(Step)

    VideoContentSave(VideoContentApi &api, QObject *parent = nullptr);

    void start(const VideoContent &fields, const std::optional<VideoContentFile> &file,
               const QByteArray &thumbnailJpeg);
    // Stops the file's upload; the draft stays (without the file).
    void cancel();

signals:
    void draftSaved(const kp::VideoContent &video);
    void uploadStarted(const QString &fileName, qint64 total);
    void uploadProgress(qint64 sent, qint64 total);
    void thumbnailStarted();
    void finished(const kp::VideoContent &video);
    void aborted(const kp::VideoContent &draft);
    void failed(kp::client::VideoContentSave::Step step, const kp::client::ApiError &error);

private:
    void uploadFile(const VideoContent &video);
    void uploadThumbnail(const VideoContent &video);

    VideoContentApi &m_api;
    RequestScope m_scope;
    std::optional<VideoContentFile> m_file;
    QByteArray m_thumbnail;
    QPointer<ApiCall> m_upload;
    VideoContent m_draft;
};

} // namespace kp::client
