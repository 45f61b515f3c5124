#include "client/videos/VideosPage.h"

#include "client/videos/VideoCard.h"
#include "client/videos/VideoPlayerView.h"
#include "client/widgets/Banner.h"
#include "client/widgets/FlowLayout.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kp::client {

VideosPage::VideosPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_header(new PageHeader(tr("Videos"), tr("Short tutorials from your agency: watch them at your own pace.")))
    , m_requiredLeft(new QLabel)
    , m_banner(new Banner(QStringLiteral("videosBanner")))
    , m_state(new StatePanel)
    , m_series(new QWidget)
    , m_seriesLayout(new QVBoxLayout(m_series))
    , m_scroll(new QScrollArea)
    , m_player(new VideoPlayerView)
{
    setObjectName(QStringLiteral("videosPage"));
    m_requiredLeft->setObjectName(QStringLiteral("videosRequiredLeft"));
    m_requiredLeft->setProperty("role", QStringLiteral("badge"));
    m_requiredLeft->hide();
    m_header->addAction(m_requiredLeft);
    m_banner->hide();
    m_series->hide();
    m_seriesLayout->setContentsMargins(0, 0, 0, 0);
    m_seriesLayout->setSpacing(theme::spacing::xxl);

    auto *overview = new QWidget;
    auto *column = new QVBoxLayout(overview);
    column->setContentsMargins(theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl, theme::spacing::xxl);
    column->setSpacing(theme::spacing::xl);
    column->addWidget(m_header);
    column->addWidget(m_banner);
    column->addWidget(m_state);
    column->addWidget(m_series);
    column->addStretch();
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(overview);

    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_player);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void VideosPage::showLoading()
{
    if (m_cards.isEmpty())
        m_state->showLoading(tr("Loading the videos …"));
}

void VideosPage::showLoadError(const QString &message)
{
    if (!m_cards.isEmpty())
        return showError(message);
    m_series->hide();
    m_state->showError(message);
}

void VideosPage::showError(const QString &message)
{
    m_banner->showMessage(Banner::Tone::Danger, message);
}

void VideosPage::showList(const VideoList &list)
{
    m_banner->hide();
    while (auto *item = m_seriesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cards.clear();
    showRequiredCounts(list.requiredLeft, list.requiredTotal);
    if (list.items.isEmpty()) {
        m_series->hide();
        m_state->showEmpty(QStringLiteral("camera-video"), tr("No videos yet"),
                           tr("Your agency has not published any tutorials yet. They will appear here."));
        return;
    }
    m_state->clear();
    // The list arrives ordered by series, then position: a new heading where the series changes.
    QList<Video> row;
    for (const auto &video : list.items) {
        if (!row.isEmpty() && row.constFirst().seriesId != video.seriesId) {
            m_seriesLayout->addWidget(buildSeries(row));
            row.clear();
        }
        row.append(video);
    }
    m_seriesLayout->addWidget(buildSeries(row));
    m_series->show();
}

QWidget *VideosPage::buildSeries(const QList<Video> &videos)
{
    const auto &title = videos.constFirst().series;
    auto *section = new QWidget;
    section->setObjectName(QStringLiteral("videoSeries_") + videos.constFirst().seriesId);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(theme::spacing::m);
    auto *heading = new QLabel(title.isEmpty() ? tr("More videos") : title);
    heading->setProperty("role", QStringLiteral("sectionTitle"));
    layout->addWidget(heading);
    auto *cards = new QWidget;
    auto *flow = new FlowLayout(cards, theme::spacing::l);
    for (const auto &video : videos) {
        auto *card = new VideoCard(video);
        connect(card, &VideoCard::openRequested, this, &VideosPage::openRequested);
        flow->addWidget(card);
        m_cards.insert(video.id, card);
    }
    layout->addWidget(cards);
    return section;
}

void VideosPage::showRequiredCounts(int left, int total)
{
    m_requiredLeft->setVisible(total > 0);
    const bool done = left <= 0;
    m_requiredLeft->setText(done ? tr("All required videos watched") : tr("%n required video(s) left", nullptr, left));
    theme::setStyleProperty(m_requiredLeft, "tone", done ? QStringLiteral("success") : QStringLiteral("warning"));
}

void VideosPage::showVideo(const Video &video)
{
    if (auto *card = m_cards.value(video.id))
        card->showVideo(video);
}

void VideosPage::setThumbnail(const QString &videoId, const QImage &image)
{
    if (auto *card = m_cards.value(videoId))
        card->setThumbnail(image);
}

void VideosPage::setOffline(const QString &videoId, bool offline)
{
    if (auto *card = m_cards.value(videoId))
        card->setOffline(offline);
}

void VideosPage::showOverview()
{
    m_player->close();
    m_stack->setCurrentWidget(m_scroll);
}

void VideosPage::showPlayer()
{
    m_stack->setCurrentWidget(m_player);
}

bool VideosPage::isPlayerShown() const
{
    return m_stack->currentWidget() == m_player;
}

void VideosPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Minimising the window also hides; only leaving the page counts.
    if (!window()->isMinimized())
        emit left();
}

} // namespace kp::client
