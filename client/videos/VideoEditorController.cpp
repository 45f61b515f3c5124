#include "client/videos/VideoEditorController.h"

#include "client/videos/VideoAdminMessages.h"
#include "client/videos/VideoEditorDialog.h"

namespace kp::client {

VideoEditorController::VideoEditorController(VideoEditorDialog &dialog, VideoContentApi &api,
                                             std::function<int(const QString &seriesId)> nextPosition)
    : QObject(&dialog)
    , m_dialog(dialog)
    , m_save(new VideoContentSave(api, this))
    , m_nextPosition(std::move(nextPosition))
{
    connect(&dialog, &VideoEditorDialog::saveRequested, this, &VideoEditorController::save);
    connect(&dialog, &VideoEditorDialog::uploadCancelRequested, m_save, &VideoContentSave::cancel);
    connect(m_save, &VideoContentSave::draftSaved, this,
            [this](const VideoContent &video) { m_dialog.setVideoId(video.id); });
    connect(m_save, &VideoContentSave::uploadStarted, this, [this](const QString &name, qint64 total) {
        m_dialog.showSaving(tr("Uploading %1 …").arg(name));
        m_dialog.showUploadProgress(0, total);
    });
    connect(m_save, &VideoContentSave::uploadProgress, &dialog, &VideoEditorDialog::showUploadProgress);
    connect(m_save, &VideoContentSave::thumbnailStarted, this,
            [this] { m_dialog.showSaving(tr("Saving the picture …")); });
    connect(m_save, &VideoContentSave::finished, this, [this](const VideoContent &video) {
        m_dialog.accept();
        emit saved(video);
    });
    connect(m_save, &VideoContentSave::aborted, this, [this](const VideoContent &draft) {
        m_dialog.showProblem(tr("Upload cancelled. “%1” is saved as a draft without a video file; save again "
                                "to upload the file.")
                                 .arg(draft.title));
        emit draftChanged();
    });
    connect(m_save, &VideoContentSave::failed, this, &VideoEditorController::fail);
}

void VideoEditorController::save()
{
    auto fields = m_dialog.fields();
    if (fields.id.isEmpty())
        fields.position = m_nextPosition(fields.seriesId);
    m_dialog.showSaving(tr("Saving …"));
    m_save->start(fields, m_dialog.file(), m_dialog.thumbnailJpeg());
}

void VideoEditorController::fail(VideoContentSave::Step step, const ApiError &error)
{
    using Step = VideoContentSave::Step;
    if (step != Step::Fields)
        emit draftChanged(); // the draft exists; the page shows it
    if (step == Step::File && error.is(ErrorCode::UnsupportedMediaType))
        return m_dialog.showFileProblem(tr("This file is not an MP4 or WebM video."));
    if (step == Step::File && error.httpStatus == 413)
        return m_dialog.showFileProblem(tr("This file is larger than the server accepts."));
    const auto what = step == Step::Fields ? tr("The video could not be saved")
        : step == Step::File               ? tr("The file could not be uploaded")
                                           : tr("The picture could not be saved");
    m_dialog.showProblem(VideoAdminMessages::changeFailed(what, error));
}

} // namespace kp::client
