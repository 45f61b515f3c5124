#pragma once

#include "client/videos/VideoContentFile.h"
#include "shared/Video.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace kp::client {

class FormField;
class VideoAdminThumbnail;
class VideoFrameGrabber;

// "Video hinzufügen" and "Video bearbeiten": title, description, series, required; the video
// file (MP4/WebM; optional when editing: the old one stays) and a thumbnail, picked as an image
// or taken from the chosen file. While the controller saves, the dialog shows the upload's bytes
// and percentage and "Abbrechen" aborts it; whatever the outcome, what was typed stays. Opened
// with open(), so a GUI test answers it like a person.
class VideoEditorDialog : public QDialog {
    Q_OBJECT

public:
    // Returns the chosen path or an empty string (a QFileDialog unless a test replaces it).
    using FileChooser = std::function<QString(QWidget *parent, const QString &caption, const QString &filter)>;

    VideoEditorDialog(const QList<VideoSeries> &series, const QString &preferredSeriesId, QWidget *parent = nullptr);
    // Editing `video`: its fields filled in; the file and the thumbnail only change when chosen.
    void setVideo(const VideoContent &video);
    // The form's fields from `video`, still adding (demo data for screenshots).
    void prefill(const VideoContent &video);
    // A looked-at file, as chooseFile() ends (or demo data).
    void showChosenFile(const VideoContentFile &file);
    void showThumbnail(const VideoThumbnailImage &thumbnail, const QString &status);
    // The draft now exists on the server (a later save changes it instead of adding another).
    void setVideoId(const QString &id);

    VideoContent fields() const;
    bool isNew() const { return m_video.id.isEmpty(); }
    // The file to upload, if one was chosen (and looked at).
    std::optional<VideoContentFile> file() const { return m_file; }
    QByteArray thumbnailJpeg() const { return m_thumbnail.jpeg; }

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void chooseFile(const QString &path);
    void chooseThumbnail(const QString &path);
    void takeThumbnailFromVideo();

    // The save has begun (fields first, then the file).
    void showSaving(const QString &step);
    void showUploadProgress(qint64 sent, qint64 total);
    // Back to the form, with a sentence under it (a failure or an aborted upload).
    void showProblem(const QString &message);
    void showFileProblem(const QString &message);
    void reject() override;

signals:
    void saveRequested();
    void uploadCancelRequested();

private:
    QWidget *buildFileRow();
    QWidget *buildThumbnailRow();
    void setBusy(bool busy);
    void updateSaveButton();
    void save();

    VideoContent m_video;
    FormField *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_series;
    QCheckBox *m_required;
    QLabel *m_fileName;
    QLabel *m_fileError;
    QPushButton *m_chooseFile;
    VideoAdminThumbnail *m_preview;
    QLabel *m_thumbnailStatus;
    QPushButton *m_chooseThumbnail;
    QPushButton *m_fromVideo;
    QWidget *m_uploadBox;
    QLabel *m_uploadStatus;
    QProgressBar *m_progress;
    QLabel *m_uploadFigures;
    QLabel *m_message;
    QPushButton *m_cancel;
    QPushButton *m_save;
    VideoFrameGrabber *m_grabber;
    FileChooser m_chooser;
    std::optional<VideoContentFile> m_file;
    bool m_inspecting = false;
    VideoThumbnailImage m_thumbnail;
    bool m_busy = false;
};

} // namespace kp::client
