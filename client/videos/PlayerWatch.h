#pragma once

#include "client/videos/WatchTracker.h"

#include <QObject>
#include <QTimer>

class QMediaPlayer;

namespace kp::client {

// The thin adapter between a QMediaPlayer and a WatchTracker: positions while playing, play and
// pause, a report every few seconds while playing. Seeks go through seek() so the tracker can
// report the span before the player moves.
class PlayerWatch : public QObject {
    Q_OBJECT

public:
    static constexpr int reportIntervalMs = 5000;

    PlayerWatch(QMediaPlayer &player, double durationS, QObject *parent = nullptr);

    void seek(qint64 positionMs);
    // Playback is about to start at `positionMs` (the resume point): the cursor moves there and
    // the positions before the player gets there are not watching.
    void expect(qint64 positionMs);
    // Reports what is unreported (the player is closed or the page left) and stops counting.
    void finish();

    WatchTracker &tracker() { return m_tracker; }
    const WatchTracker &tracker() const { return m_tracker; }

signals:
    void reported(const kp::client::ProgressReport &report);
    // The watched seconds changed (the share shown beside the confirm button follows).
    void watchedChanged();

private:
    QMediaPlayer &m_player;
    WatchTracker m_tracker;
    QTimer m_ticks;
    // After seek(): positions still on their way from before it are not playback.
    qint64 m_seekTargetMs = -1;
    int m_positionsSinceSeek = 0;
};

} // namespace kp::client
