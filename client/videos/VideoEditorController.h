#pragma once

#include "client/videos/VideoContentSave.h"

#include <QObject>

#include <functional>

namespace kp::client {

class VideoEditorDialog;

// One "Video hinzufügen" / "Video bearbeiten" dialog at work: its save runs as a
// VideoContentSave (fields, file, picture) whose steps and outcome the dialog shows; a refused
// file or an aborted upload keeps the dialog and what was typed. Lives as long as the dialog.
class VideoEditorController : public QObject {
    Q_OBJECT

public:
    // `nextPosition(seriesId)`: where a new video goes in its series (the end).
    VideoEditorController(VideoEditorDialog &dialog, VideoContentApi &api,
                          std::function<int(const QString &seriesId)> nextPosition);

signals:
    // Everything was saved and the dialog closed.
    void saved(const kp::VideoContent &video);
    // The server now holds a draft the page does not show yet (the save stopped after it).
    void draftChanged();

private:
    void save();
    void fail(VideoContentSave::Step step, const ApiError &error);

    VideoEditorDialog &m_dialog;
    VideoContentSave *m_save;
    std::function<int(const QString &)> m_nextPosition;
};

} // namespace kp::client
