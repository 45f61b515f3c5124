#include "client/videos/VideoEditorDialog.h"

#include "client/videos/VideoAdminThumbnail.h"
#include "client/videos/VideoFrameGrabber.h"
#include "client/widgets/FormField.h"
#include "client/widgets/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {
namespace {

constexpr int kMaxTitle = 200; // server/videos/VideoContentRoutes.cpp

QLabel *fieldLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setProperty("role", QStringLiteral("fieldLabel"));
    return label;
}

QLabel *named(QLabel *label, const QString &objectName, const QString &role)
{
    label->setObjectName(objectName);
    label->setProperty("role", role);
    label->setWordWrap(true);
    return label;
}

// A field's label above its content (and its message below), as FormField lays out a line edit.
QWidget *labelled(const QString &label, QLayout *content, QWidget *below = nullptr)
{
    auto *row = new QWidget;
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::xs + 2);
    layout->addWidget(fieldLabel(label));
    layout->addLayout(content);
    if (below)
        layout->addWidget(below);
    return row;
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

VideoEditorDialog::VideoEditorDialog(const QList<VideoSeries> &series, const QString &preferredSeriesId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_title(new FormField(tr("Title"), QStringLiteral("videoTitle")))
    , m_description(new QPlainTextEdit)
    , m_series(new QComboBox)
    , m_required(new QCheckBox(tr("Required: customers must watch it to finish their onboarding")))
    , m_fileName(named(new QLabel(tr("No file chosen")), QStringLiteral("videoFileName"), QStringLiteral("secondary")))
    , m_fileError(named(new QLabel, QStringLiteral("videoFileError"), QStringLiteral("fieldError")))
    , m_chooseFile(new QPushButton(tr("Choose file …")))
    , m_preview(new VideoAdminThumbnail)
    , m_thumbnailStatus(named(new QLabel(tr("Without a picture the customers see a neutral placeholder.")),
                              QStringLiteral("videoThumbnailStatus"), QStringLiteral("caption")))
    , m_chooseThumbnail(new QPushButton(tr("Choose picture …")))
    , m_fromVideo(new QPushButton(tr("Use a frame of the video")))
    , m_uploadBox(new QWidget)
    , m_uploadStatus(named(new QLabel, QStringLiteral("videoUploadStatus"), QStringLiteral("fieldLabel")))
    , m_progress(new QProgressBar)
    , m_uploadFigures(named(new QLabel, QStringLiteral("videoUploadFigures"), QStringLiteral("caption")))
    , m_message(named(new QLabel, QStringLiteral("videoEditorMessage"), QStringLiteral("fieldError")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_save(new QPushButton(tr("Save")))
    , m_grabber(new VideoFrameGrabber(this))
{
    setObjectName(QStringLiteral("videoEditorDialog"));
    setWindowTitle(tr("Add video"));
    setModal(true);
    setMinimumWidth(560);

    auto *heading = new QLabel(tr("Add video"));
    heading->setObjectName(QStringLiteral("videoEditorHeading"));
    heading->setProperty("role", QStringLiteral("sectionTitle"));
    m_title->edit()->setMaxLength(kMaxTitle);
    m_title->setPlaceholder(tr("e.g. Your first campaign in 5 minutes"));
    m_description->setObjectName(QStringLiteral("videoDescription"));
    m_description->setPlaceholderText(tr("What the customer learns in this video (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(72);
    m_series->setObjectName(QStringLiteral("videoSeries"));
    for (const auto &one : series)
        m_series->addItem(one.title, one.id);
    m_series->setCurrentIndex(std::max(0, m_series->findData(preferredSeriesId)));
    m_required->setObjectName(QStringLiteral("videoRequired"));
    m_chooseFile->setObjectName(QStringLiteral("videoChooseFile"));
    m_chooseThumbnail->setObjectName(QStringLiteral("videoChooseThumbnail"));
    m_fromVideo->setObjectName(QStringLiteral("videoThumbnailFromVideo"));
    m_progress->setObjectName(QStringLiteral("videoUploadProgress"));
    m_progress->setTextVisible(false);
    m_fileError->hide();
    m_message->hide();
    m_cancel->setObjectName(QStringLiteral("videoEditorCancel"));
    m_save->setObjectName(QStringLiteral("videoEditorSave"));
    m_save->setProperty("variant", QStringLiteral("primary"));
    m_save->setDefault(true);

    auto *upload = new QVBoxLayout(m_uploadBox);
    upload->setContentsMargins(0, 0, 0, 0);
    upload->setSpacing(theme::spacing::xs + 2);
    upload->addWidget(m_uploadStatus);
    upload->addWidget(m_progress);
    upload->addWidget(m_uploadFigures);
    m_uploadBox->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto *seriesLine = new QHBoxLayout;
    seriesLine->addWidget(m_series);
    QLabel *seriesMissing = nullptr;
    if (series.isEmpty())
        seriesMissing = named(new QLabel(tr("Add a series first: every video belongs to one.")),
                              QStringLiteral("videoSeriesMissing"), QStringLiteral("fieldError"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::m);
    layout->addWidget(heading);
    layout->addWidget(m_title);
    layout->addWidget(fieldLabel(tr("Description")));
    layout->addWidget(m_description);
    layout->addWidget(labelled(tr("Series"), seriesLine, seriesMissing));
    layout->addWidget(m_required);
    layout->addWidget(buildFileRow());
    layout->addWidget(buildThumbnailRow());
    layout->addWidget(m_uploadBox);
    layout->addWidget(m_message);
    layout->addSpacing(theme::spacing::s);
    layout->addLayout(buttons);

    m_chooser = [](QWidget *owner, const QString &caption, const QString &filter) {
        return QFileDialog::getOpenFileName(owner, caption, {}, filter);
    };
    connect(m_chooseFile, &QPushButton::clicked, this, [this] {
        const auto path = m_chooser(this, tr("Choose the video"), tr("Videos (*.mp4 *.m4v *.webm)"));
        if (!path.isEmpty())
            chooseFile(path);
    });
    connect(m_chooseThumbnail, &QPushButton::clicked, this, [this] {
        const auto path = m_chooser(this, tr("Choose a picture"), tr("Pictures (*.jpg *.jpeg *.png)"));
        if (!path.isEmpty())
            chooseThumbnail(path);
    });
    connect(m_fromVideo, &QPushButton::clicked, this, &VideoEditorDialog::takeThumbnailFromVideo);
    connect(m_grabber, &VideoFrameGrabber::grabbed, this, [this](const QImage &frame) {
        showThumbnail(VideoThumbnailImage::fromImage(frame), tr("A frame from a tenth into the video."));
        m_fromVideo->setEnabled(!m_busy);
    });
    connect(m_grabber, &VideoFrameGrabber::failed, this, [this](const QString &reason) {
        m_thumbnailStatus->setText(reason);
        m_fromVideo->setEnabled(!m_busy);
    });
    connect(m_title->edit(), &QLineEdit::textChanged, this, [this] { m_title->setError({}); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy)
            emit uploadCancelRequested();
        else
            QDialog::reject();
    });
    connect(m_save, &QPushButton::clicked, this, &VideoEditorDialog::save);
    updateSaveButton();
}

QWidget *VideoEditorDialog::buildFileRow()
{
    auto *line = new QHBoxLayout;
    line->addWidget(m_fileName, 1);
    line->addWidget(m_chooseFile);
    return labelled(tr("Video file (MP4 or WebM)"), line, m_fileError);
}

QWidget *VideoEditorDialog::buildThumbnailRow()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_chooseThumbnail);
    buttons->addWidget(m_fromVideo);
    buttons->addStretch();
    auto *side = new QVBoxLayout;
    side->addWidget(m_thumbnailStatus);
    side->addLayout(buttons);
    auto *line = new QHBoxLayout;
    line->setSpacing(theme::spacing::m);
    line->addWidget(m_preview);
    line->addLayout(side, 1);
    m_preview->setPlaceholder(tr("No picture"));
    return labelled(tr("Picture"), line);
}

void VideoEditorDialog::setVideo(const VideoContent &video)
{
    m_video = video;
    setWindowTitle(tr("Edit video"));
    findChild<QLabel *>(QStringLiteral("videoEditorHeading"))->setText(tr("Edit video"));
    prefill(video);
    if (!video.fileId.isEmpty())
        m_fileName->setText(tr("The current file stays unless you choose another one."));
    if (video.hasThumbnail)
        m_thumbnailStatus->setText(tr("The current picture stays unless you choose another one."));
    updateSaveButton();
}

void VideoEditorDialog::prefill(const VideoContent &video)
{
    m_title->setText(video.title);
    m_description->setPlainText(video.description);
    m_series->setCurrentIndex(std::max(0, m_series->findData(video.seriesId)));
    m_required->setChecked(video.required);
}

void VideoEditorDialog::showChosenFile(const VideoContentFile &file)
{
    m_inspecting = false;
    if (!file.error.isEmpty()) {
        m_fileName->setText(file.name);
        showFileProblem(file.error);
    } else {
        m_file = file;
        m_fileName->setText(tr("%1 · %2").arg(file.name, dataSize(file.size)));
    }
    updateSaveButton();
}

void VideoEditorDialog::showThumbnail(const VideoThumbnailImage &thumbnail, const QString &status)
{
    m_thumbnail = thumbnail;
    m_preview->setImage(thumbnail.image);
    m_thumbnailStatus->setText(status);
}

void VideoEditorDialog::setVideoId(const QString &id)
{
    m_video.id = id;
}

VideoContent VideoEditorDialog::fields() const
{
    auto video = m_video;
    video.title = m_title->text().trimmed();
    video.description = m_description->toPlainText().trimmed();
    video.seriesId = m_series->currentData().toString();
    video.required = m_required->isChecked();
    return video;
}

void VideoEditorDialog::chooseFile(const QString &path)
{
    m_file.reset();
    m_inspecting = true;
    m_fileError->hide();
    m_fileName->setText(tr("Looking at %1 …").arg(QFileInfo(path).fileName()));
    updateSaveButton();
    VideoContentFile::inspect(path, this, [this](const VideoContentFile &file) { showChosenFile(file); });
}

void VideoEditorDialog::chooseThumbnail(const QString &path)
{
    m_thumbnailStatus->setText(tr("Reading the picture …"));
    VideoThumbnailImage::load(path, this, [this](const VideoThumbnailImage &thumbnail) {
        if (!thumbnail.error.isEmpty()) {
            m_thumbnailStatus->setText(thumbnail.error);
            return;
        }
        showThumbnail(thumbnail, tr("Shown to customers as 640 × 360."));
    });
}

void VideoEditorDialog::takeThumbnailFromVideo()
{
    if (!m_file)
        return;
    m_fromVideo->setEnabled(false);
    m_thumbnailStatus->setText(tr("Taking a picture from the video …"));
    m_grabber->grab(m_file->path);
}

void VideoEditorDialog::save()
{
    if (m_title->text().trimmed().isEmpty()) {
        m_title->setError(tr("Please give the video a title."));
        m_title->edit()->setFocus();
        return;
    }
    m_message->hide();
    emit saveRequested();
}

void VideoEditorDialog::showSaving(const QString &step)
{
    setBusy(true);
    m_message->hide();
    m_uploadBox->show();
    m_uploadStatus->setText(step);
    m_progress->setRange(0, 0);
    m_uploadFigures->clear();
}

void VideoEditorDialog::showUploadProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    const int percent = int(sent * 100 / total);
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(sent * 1000 / total));
    m_uploadFigures->setText(tr("%1 of %2 · %3 %").arg(dataSize(sent), dataSize(total)).arg(percent));
}

void VideoEditorDialog::showProblem(const QString &message)
{
    setBusy(false);
    m_uploadBox->hide();
    m_message->setText(message);
    m_message->show();
}

void VideoEditorDialog::showFileProblem(const QString &message)
{
    setBusy(false);
    m_uploadBox->hide();
    m_fileError->setText(message);
    m_fileError->show();
}

void VideoEditorDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *input : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_description),
                           static_cast<QWidget *>(m_series), static_cast<QWidget *>(m_required),
                           static_cast<QWidget *>(m_chooseFile), static_cast<QWidget *>(m_chooseThumbnail)})
        input->setEnabled(!busy);
    m_cancel->setText(busy ? tr("Cancel upload") : tr("Cancel"));
    updateSaveButton();
}

void VideoEditorDialog::updateSaveButton()
{
    m_save->setEnabled(!m_busy && !m_inspecting && m_series->count() > 0);
    m_fromVideo->setEnabled(!m_busy && m_file.has_value());
    m_fromVideo->setToolTip(m_file ? QString() : tr("Choose the video file first."));
}

void VideoEditorDialog::reject()
{
    // Escape during an upload would leave it running unseen; "Cancel upload" says what happens.
    if (!m_busy)
        QDialog::reject();
}

} // namespace kp::client
