#include "client/videos/VideoAdminPage.h"

#include "client/videos/VideoAdminSeriesSection.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Format.h"
#include "client/widgets/PageColumn.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"
#include "client/widgets/Toast.h"

#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace kp::client {

VideoAdminPage::VideoAdminPage(QWidget *parent)
    : QWidget(parent)
    , m_header(new PageHeader(tr("Manage videos"),
                              tr("The series and tutorial videos your customers see. Drafts stay hidden from them.")))
    , m_addSeries(new QPushButton(tr("Add series")))
    , m_addVideo(new QPushButton(tr("Add video")))
    , m_banner(new Banner(QStringLiteral("videoAdminBanner")))
    , m_offline(new Banner(QStringLiteral("videoAdminOffline")))
    , m_state(new StatePanel)
    , m_scroll(new QScrollArea)
    , m_sections(new QVBoxLayout)
{
    setObjectName(QStringLiteral("videoAdminPage"));
    m_addSeries->setObjectName(QStringLiteral("videoAddSeries"));
    m_addVideo->setObjectName(QStringLiteral("videoAdd"));
    m_addVideo->setProperty("variant", QStringLiteral("primary"));
    m_header->addAction(m_addSeries);
    m_header->addAction(m_addVideo);
    m_banner->hide();
    m_offline->hide();

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, theme::spacing::s, 0);
    contentLayout->setSpacing(theme::spacing::l);
    contentLayout->addLayout(m_sections);
    contentLayout->addStretch();
    m_sections->setSpacing(theme::spacing::l);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->hide();

    pageColumn(this, {m_header, m_offline, m_banner}, {m_state, m_scroll});

    connect(m_state, &StatePanel::retryRequested, this, &VideoAdminPage::retryRequested);
    connect(m_addSeries, &QPushButton::clicked, this, &VideoAdminPage::addSeriesRequested);
    connect(m_addVideo, &QPushButton::clicked, this, &VideoAdminPage::addVideoRequested);
}

void VideoAdminPage::showLoading()
{
    m_scroll->hide();
    m_state->showLoading(tr("Loading videos …"));
}

void VideoAdminPage::showError(const QString &message)
{
    m_scroll->hide();
    clearSections();
    m_state->showError(message);
}

void VideoAdminPage::showContent(const QList<VideoSeries> &series, const QList<VideoContent> &videos,
                                 const QDateTime &offlineAsOf)
{
    clearSections();
    m_offlineAsOf = offlineAsOf;
    if (offlineAsOf.isValid())
        m_offline->showMessage(Banner::Tone::Warning,
                               tr("Offline: the videos as of %1. Adding, changing, publishing and reordering need the "
                                  "connection to the server.")
                                   .arg(format::dateTime(offlineAsOf)));
    else
        m_offline->hide();
    if (series.isEmpty() && videos.isEmpty()) {
        m_scroll->hide();
        m_state->showEmpty(QStringLiteral("camera-video"), tr("No videos yet — upload the first one"),
                           tr("Add a series (e.g. “Getting started”), then add its videos. They stay drafts until "
                              "you publish them."));
        setEditable(!offlineAsOf.isValid());
        return;
    }
    auto ordered = series;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const VideoSeries &a, const VideoSeries &b) { return a.position < b.position; });
    for (const auto &one : ordered) {
        QList<VideoContent> inSeries;
        std::copy_if(videos.begin(), videos.end(), std::back_inserter(inSeries),
                     [&one](const VideoContent &video) { return video.seriesId == one.id; });
        std::stable_sort(inSeries.begin(), inSeries.end(),
                         [](const VideoContent &a, const VideoContent &b) { return a.position < b.position; });
        auto *section = new VideoAdminSeriesSection(one, inSeries);
        connect(section, &VideoAdminSeriesSection::renameRequested, this, &VideoAdminPage::renameSeriesRequested);
        connect(section, &VideoAdminSeriesSection::orderChanged, this, &VideoAdminPage::orderChanged);
        connect(section, &VideoAdminSeriesSection::publishRequested, this, &VideoAdminPage::publishRequested);
        connect(section, &VideoAdminSeriesSection::editRequested, this, &VideoAdminPage::editRequested);
        connect(section, &VideoAdminSeriesSection::removeRequested, this, &VideoAdminPage::removeRequested);
        m_sections->addWidget(section);
    }
    m_state->clear();
    m_scroll->show();
    setEditable(!offlineAsOf.isValid());
}

void VideoAdminPage::setEditable(bool editable)
{
    m_addSeries->setEnabled(editable);
    m_addVideo->setEnabled(editable);
    for (auto *section : m_scroll->widget()->findChildren<VideoAdminSeriesSection *>())
        section->setEditable(editable);
}

void VideoAdminPage::clearSections()
{
    // Later, not now: a section's own signal may be what led here.
    while (auto *item = m_sections->takeAt(0)) {
        auto *widget = item->widget();
        delete item;
        widget->hide();
        widget->setParent(nullptr);
        widget->deleteLater();
    }
}

void VideoAdminPage::showProblem(const QString &message)
{
    m_banner->showMessage(Banner::Tone::Danger, message);
}

void VideoAdminPage::confirm(const QString &message)
{
    m_banner->hide();
    Toast::show(window(), message);
}

void VideoAdminPage::clearProblem()
{
    m_banner->hide();
}

VideoAdminSeriesSection *VideoAdminPage::section(const QString &seriesId) const
{
    return m_scroll->widget()->findChild<VideoAdminSeriesSection *>(QStringLiteral("series_") + seriesId);
}

} // namespace kp::client
