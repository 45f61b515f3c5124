#include "client/videos/PlayerWatch.h"

#include <QMediaPlayer>

#include <cstdlib>

namespace kp::client {

namespace {

constexpr int kPositionsBeforeBelieving = 8;
// A seek lands on a frame near its target, not always on it.
constexpr qint64 kLandedWithinMs = 500;

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

} // namespace

PlayerWatch::PlayerWatch(QMediaPlayer &player, double durationS, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_tracker(durationS, [this](const ProgressReport &report) { emit reported(report); })
{
    m_ticks.setInterval(reportIntervalMs);
    connect(&m_ticks, &QTimer::timeout, this, [this] { m_tracker.tick(); });
    connect(&player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        if (state == QMediaPlayer::PlayingState) {
            // Starting towards an expected position (the resume point) starts there.
            m_tracker.started(seconds(m_seekTargetMs >= 0 ? m_seekTargetMs : m_player.position()));
            m_ticks.start();
        } else {
            m_tracker.stopped();
            m_ticks.stop();
        }
    });
    connect(&player, &QMediaPlayer::positionChanged, this, [this](qint64 positionMs) {
        // Positions while paused are the player settling after a seek, not watching.
        if (m_player.playbackState() != QMediaPlayer::PlayingState)
            return;
        if (m_seekTargetMs >= 0) {
            // The player may still report a position or two from before the seek landed; a
            // player that never lands near the target (clamped at the end) is believed soon.
            const bool landed = std::abs(positionMs - m_seekTargetMs) <= kLandedWithinMs;
            if (!landed && ++m_positionsSinceSeek < kPositionsBeforeBelieving)
                return;
            m_seekTargetMs = -1;
        }
        const double before = m_tracker.watchedLocallyS();
        m_tracker.advanced(seconds(positionMs));
        if (m_tracker.watchedLocallyS() != before)
            emit watchedChanged();
    });
    connect(&player, &QMediaPlayer::durationChanged, this, [this](qint64 durationMs) {
        // The list's length is what the server counts against; the file's only fills a gap.
        if (durationMs > 0 && m_tracker.durationS() <= 0)
            m_tracker.setDurationS(seconds(durationMs));
    });
}

void PlayerWatch::seek(qint64 positionMs)
{
    expect(positionMs);
    m_player.setPosition(positionMs);
}

void PlayerWatch::expect(qint64 positionMs)
{
    m_tracker.seeking(seconds(positionMs));
    m_seekTargetMs = positionMs;
    m_positionsSinceSeek = 0;
}

void PlayerWatch::finish()
{
    m_ticks.stop();
    m_tracker.stopped();
}

} // namespace kp::client
