#pragma once

#include "shared/WatchedSpans.h"

#include <QList>

#include <functional>

namespace kp::client {

// One `PUT /api/v1/videos/{id}/progress`: "I watched continuously from fromS to positionS".
// A cursor move (fromS == positionS) credits nothing and only moves the server's resume point.
struct ProgressReport {
    double fromS = 0;
    double positionS = 0;

    bool isCursorMove() const { return fromS == positionS; }
    bool operator==(const ProgressReport &) const = default;
};

// What a person really watched of one video, from the player's positions: continuous playback
// adds to a WatchedSpans, a jump (a seek, or a position far from the last one) starts a new span
// and is not counted. Produces the progress reports the server expects (API "Tutorial videos"):
// the span watched so far on each tick (every ~5 s), before a seek (so what was watched up to
// the seek point is credited), a cursor move to where the seek landed, and the rest on pause and
// on stop. Pure logic with no clock or player: PlayerWatch feeds it from QMediaPlayer, tests
// feed it positions directly.
class WatchTracker {
public:
    // Two positions further apart than this are a jump, not playback (positionChanged arrives
    // several times a second; 2× speed moves ~0.5 s between two of them).
    static constexpr double jumpThresholdS = 1.5;

    // `send` receives every report, in order.
    WatchTracker(double durationS, std::function<void(const ProgressReport &)> send);

    // Playback (re)starts at `positionS` (play after pause, or the first play).
    void started(double positionS);
    // The player's position while playing.
    void advanced(double positionS);
    // The person moves to `targetS`: what was watched so far is reported, then the cursor move.
    void seeking(double targetS);
    // The periodic report while playing (nothing when nothing was watched since the last one).
    void tick();
    // Playback paused or stopped, the player closed, or the page left: the rest is reported.
    void stopped();

    // The server's figure arrived (an answer to a report, or the list): the local share never
    // shows less than it.
    void setServerWatched(double watchedS) { m_serverWatchedS = watchedS; }
    // Seconds watched in this player (unique, within the video's length).
    double watchedLocallyS() const { return m_watched.totalWithin(m_durationS); }
    // What the player shows: the larger of this session's seconds and the server's count.
    double watchedS() const;
    double shareWatched() const;
    const WatchedSpans &spans() const { return m_watched; }
    bool isPlaying() const { return m_playing; }
    double durationS() const { return m_durationS; }
    void setDurationS(double durationS) { m_durationS = durationS; }

private:
    void reportSpan();
    void moveCursor(double positionS);

    double m_durationS;
    std::function<void(const ProgressReport &)> m_send;
    WatchedSpans m_watched;
    double m_serverWatchedS = 0;
    bool m_playing = false;
    double m_lastPositionS = 0; // where playback was last seen
    double m_reportedToS = -1;  // the end of what the server was told last; <0: nothing yet
};

} // namespace kp::client
