#include "client/videos/VideoAdminSeriesSection.h"

#include "client/videos/VideoAdminRow.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kp::client {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

VideoAdminSeriesSection::VideoAdminSeriesSection(const VideoSeries &series, const QList<VideoContent> &videos,
                                                 QWidget *parent)
    : QFrame(parent)
    , m_series(series)
    , m_list(new QListWidget)
    , m_empty(new QLabel(tr("No videos in this series yet. Add one with “Add video”.")))
    , m_rename(new QPushButton(tr("Rename")))
{
    const auto id = series.id;
    setObjectName(QStringLiteral("series_") + id);
    setProperty("card", true);

    auto *title = new QLabel(series.title);
    title->setObjectName(QStringLiteral("seriesTitle_") + id);
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *count = new QLabel(tr("%n video(s)", nullptr, int(videos.size())));
    count->setObjectName(QStringLiteral("seriesCount_") + id);
    count->setProperty("role", QStringLiteral("caption"));
    m_rename->setObjectName(QStringLiteral("seriesRename_") + id);
    m_rename->setProperty("variant", QStringLiteral("ghost"));
    auto *head = new QHBoxLayout;
    head->setSpacing(theme::spacing::s);
    head->addWidget(title);
    head->addWidget(count);
    head->addStretch();
    head->addWidget(m_rename);

    m_list->setObjectName(QStringLiteral("seriesVideos_") + id);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    m_list->setProperty("videoRows", true);
    m_empty->setObjectName(QStringLiteral("seriesEmpty_") + id);
    m_empty->setProperty("role", QStringLiteral("secondary"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::l, theme::spacing::m, theme::spacing::l, theme::spacing::m);
    layout->setSpacing(theme::spacing::s);
    layout->addLayout(head);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);

    fill(videos);
    connect(m_rename, &QPushButton::clicked, this, [this] { emit renameRequested(m_series); });
    // A drop moves the item (Qt 6's QListWidget moves rows for InternalMove), whose widget then
    // has to be set again.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &VideoAdminSeriesSection::onRowsMoved,
            Qt::QueuedConnection);
}

void VideoAdminSeriesSection::fill(const QList<VideoContent> &videos)
{
    for (const auto &video : videos) {
        m_videos.insert(video.id, video);
        auto *item = new QListWidgetItem(m_list);
        item->setData(kIdRole, video.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    m_order = order();
    attachRows();
    m_empty->setVisible(videos.isEmpty());
    m_list->setVisible(!videos.isEmpty());
}

// Each item gets a fresh row widget in its current place: after a move Qt does not carry the
// old one along reliably.
void VideoAdminSeriesSection::attachRows()
{
    for (int i = 0; i < m_list->count(); ++i) {
        auto *item = m_list->item(i);
        const auto id = item->data(kIdRole).toString();
        auto *row = new VideoAdminRow(m_videos.value(id));
        row->setThumbnail(m_thumbnails.value(id));
        row->setActionsEnabled(m_editable);
        connect(row, &VideoAdminRow::publishRequested, this, &VideoAdminSeriesSection::publishRequested);
        connect(row, &VideoAdminRow::editRequested, this, &VideoAdminSeriesSection::editRequested);
        connect(row, &VideoAdminRow::removeRequested, this, &VideoAdminSeriesSection::removeRequested);
        item->setSizeHint(row->sizeHint());
        m_list->setItemWidget(item, row);
    }
    fitHeight();
}

// The list shows every row; the page scrolls, not each series.
void VideoAdminSeriesSection::fitHeight()
{
    int height = 2 * m_list->frameWidth();
    for (int i = 0; i < m_list->count(); ++i)
        height += m_list->sizeHintForRow(i) + 2 * m_list->spacing();
    m_list->setFixedHeight(height);
}

QStringList VideoAdminSeriesSection::order() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(kIdRole).toString();
    return ids;
}

void VideoAdminSeriesSection::onRowsMoved()
{
    attachRows();
    const auto now = order();
    if (now == m_order)
        return;
    const auto previous = std::exchange(m_order, now);
    emit orderChanged(m_series.id, now, previous);
}

void VideoAdminSeriesSection::restoreOrder(const QStringList &ids)
{
    m_list->clear();
    QList<VideoContent> videos;
    for (const auto &id : ids)
        videos << m_videos.value(id);
    fill(videos);
}

void VideoAdminSeriesSection::setThumbnail(const QString &videoId, const QImage &image)
{
    m_thumbnails.insert(videoId, image);
    if (auto *found = row(videoId))
        found->setThumbnail(image);
}

void VideoAdminSeriesSection::setEditable(bool editable)
{
    m_editable = editable;
    m_rename->setEnabled(editable);
    m_list->setDragDropMode(editable ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    for (int i = 0; i < m_list->count(); ++i) {
        if (auto *widget = qobject_cast<VideoAdminRow *>(m_list->itemWidget(m_list->item(i))))
            widget->setActionsEnabled(editable);
    }
}

VideoAdminRow *VideoAdminSeriesSection::row(const QString &videoId) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        auto *item = m_list->item(i);
        if (item->data(kIdRole).toString() == videoId)
            return qobject_cast<VideoAdminRow *>(m_list->itemWidget(item));
    }
    return nullptr;
}

} // namespace kp::client
