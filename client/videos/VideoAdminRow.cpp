#include "client/videos/VideoAdminRow.h"

#include "client/videos/VideoAdminFormat.h"
#include "client/videos/VideoAdminThumbnail.h"
#include "client/widgets/ElidedLabel.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {

VideoAdminRow::VideoAdminRow(const VideoContent &video, QWidget *parent)
    : QWidget(parent)
    , m_video(video)
    , m_thumbnail(new VideoAdminThumbnail)
{
    const auto id = video.id;
    setObjectName(QStringLiteral("videoRow_") + id);
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag to change the order within the series."));
    m_thumbnail->setObjectName(QStringLiteral("videoThumbnail_") + id);

    auto *handle = new QLabel;
    handle->setPixmap(theme::icon(QStringLiteral("view-list-bullet")).pixmap(16, 16));
    m_thumbnail->setDuration(video.fileId.isEmpty() ? QString() : videoformat::duration(video.durationS));
    m_thumbnail->setPlaceholder(video.fileId.isEmpty() ? tr("No file yet") : tr("No picture"));

    auto *title = new ElidedLabel;
    title->setFullText(video.title);
    title->setObjectName(QStringLiteral("videoTitle_") + id);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    // The length first (what the admin checks after an upload), then size and description.
    const bool hasFile = !video.fileId.isEmpty();
    auto *length = new QLabel(hasFile ? videoformat::duration(video.durationS) : tr("No file yet"));
    length->setObjectName(QStringLiteral("videoLength_") + id);
    length->setProperty("role", QStringLiteral("secondary"));
    length->setToolTip(tr("Length"));
    QStringList facts;
    if (hasFile)
        facts << QLocale().formattedDataSize(video.sizeBytes, 1, QLocale::DataSizeSIFormat);
    if (!video.description.isEmpty())
        facts << video.description.section(QLatin1Char('\n'), 0, 0);
    auto *details = new ElidedLabel;
    details->setObjectName(QStringLiteral("videoDetails_") + id);
    details->setProperty("role", QStringLiteral("secondary"));
    details->setFullText(facts.isEmpty() ? QString() : QStringLiteral("· ") + facts.join(QStringLiteral(" · ")));
    auto *factsLine = new QHBoxLayout;
    factsLine->setSpacing(theme::spacing::xs);
    factsLine->addWidget(length);
    factsLine->addWidget(details, 1);

    auto *text = new QVBoxLayout;
    text->setSpacing(theme::spacing::xs);
    QLabel *required = nullptr;
    if (video.required) {
        required = new QLabel(tr("Required"));
        required->setObjectName(QStringLiteral("videoRequired_") + id);
        required->setProperty("role", QStringLiteral("badge"));
        required->setProperty("tone", QStringLiteral("warning"));
        required->setToolTip(tr("Customers must watch it to finish their onboarding."));
    }
    text->addStretch();
    text->addWidget(title);
    text->addLayout(factsLine);
    text->addStretch();

    auto *status = new QLabel(video.isPublished() ? tr("Published") : tr("Draft"));
    status->setObjectName(QStringLiteral("videoStatus_") + id);
    status->setProperty("role", QStringLiteral("badge"));
    status->setProperty("tone", video.isPublished() ? QStringLiteral("success") : QString());

    auto *publish = new QPushButton(video.isPublished() ? tr("Unpublish") : tr("Publish"));
    publish->setObjectName(QStringLiteral("videoPublish_") + id);
    if (!video.isPublished())
        publish->setProperty("variant", QStringLiteral("primary"));
    auto *edit = new QPushButton(tr("Edit"));
    edit->setObjectName(QStringLiteral("videoEdit_") + id);
    auto *remove = new QPushButton(tr("Delete"));
    remove->setObjectName(QStringLiteral("videoDelete_") + id);
    remove->setProperty("variant", QStringLiteral("danger"));
    m_actions = {publish, edit, remove};

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::spacing::s, theme::spacing::s, theme::spacing::s, theme::spacing::s);
    layout->setSpacing(theme::spacing::m);
    layout->addWidget(handle);
    layout->addWidget(m_thumbnail);
    layout->addLayout(text, 1);
    if (required)
        layout->addWidget(required, 0, Qt::AlignVCenter);
    layout->addWidget(status, 0, Qt::AlignVCenter);
    layout->addSpacing(theme::spacing::s);
    layout->addWidget(publish);
    layout->addWidget(edit);
    layout->addWidget(remove);

    connect(publish, &QPushButton::clicked, this,
            [this] { emit publishRequested(m_video.id, !m_video.isPublished()); });
    connect(edit, &QPushButton::clicked, this, [this] { emit editRequested(m_video.id); });
    connect(remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_video.id); });
}

void VideoAdminRow::setThumbnail(const QImage &image)
{
    m_thumbnail->setImage(image);
}

void VideoAdminRow::setActionsEnabled(bool enabled)
{
    for (auto *action : std::as_const(m_actions))
        action->setEnabled(enabled);
}

} // namespace kp::client
