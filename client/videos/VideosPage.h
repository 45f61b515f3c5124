#pragma once

#include "shared/Video.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace kp::client {

class Banner;
class PageHeader;
class StatePanel;
class VideoCard;
class VideoPlayerView;

// "Videos" (UI.md): a member area of the agency's tutorials, each series a heading over a
// wrapping row of cards, "Noch N Pflichtvideos" in the header; the player takes the content area
// when a card is opened. Talks to nobody: VideosController fills it.
class VideosPage : public QWidget {
    Q_OBJECT

public:
    explicit VideosPage(QWidget *parent = nullptr);

    void showLoading();
    void showLoadError(const QString &message);
    // Builds the series and their cards anew (the overview stays where it was scrolled).
    void showList(const VideoList &list);
    // One video's figures changed (a report's answer, "understood").
    void showVideo(const Video &video);
    // "Noch N Pflichtvideos" in the header (hidden without required videos).
    void showRequiredCounts(int left, int total);
    void setThumbnail(const QString &videoId, const QImage &image);
    void setOffline(const QString &videoId, bool offline);
    void showError(const QString &message);

    void showOverview();
    void showPlayer();
    bool isPlayerShown() const;

    VideoPlayerView *player() const { return m_player; }
    VideoCard *card(const QString &videoId) const { return m_cards.value(videoId); }

signals:
    void openRequested(const QString &videoId);
    // The page was hidden (another page, or the window closed): reports go out, the list is "seen".
    void left();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    // One series' heading and its cards; `videos` are all of one series, in order.
    QWidget *buildSeries(const QList<Video> &videos);

    QStackedWidget *m_stack;
    PageHeader *m_header;
    QLabel *m_requiredLeft;
    Banner *m_banner;
    StatePanel *m_state;
    QWidget *m_series;
    QVBoxLayout *m_seriesLayout;
    QScrollArea *m_scroll;
    VideoPlayerView *m_player;
    QHash<QString, VideoCard *> m_cards;
};

} // namespace kp::client
