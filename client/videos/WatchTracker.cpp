#include "client/videos/WatchTracker.h"

#include <cmath>

namespace kp::client {

WatchTracker::WatchTracker(double durationS, std::function<void(const ProgressReport &)> send)
    : m_durationS(durationS)
    , m_send(std::move(send))
{
}

void WatchTracker::started(double positionS)
{
    if (m_playing)
        return advanced(positionS);
    m_playing = true;
    // Playing on where the server's cursor already is continues that span; anywhere else the
    // server first learns where playback starts, so the next span is not taken for a skip.
    if (m_reportedToS < 0 || std::abs(positionS - m_reportedToS) > jumpThresholdS)
        moveCursor(positionS);
    m_lastPositionS = positionS;
}

void WatchTracker::advanced(double positionS)
{
    if (!m_playing)
        return;
    const double step = positionS - m_lastPositionS;
    if (step < 0 || step > jumpThresholdS) {
        // A jump the player made without seeking() (a click on the slider, the end looping):
        // watched up to the last position, then the cursor where it landed.
        reportSpan();
        moveCursor(positionS);
    } else {
        m_watched.add(m_lastPositionS, positionS);
    }
    m_lastPositionS = positionS;
}

void WatchTracker::seeking(double targetS)
{
    reportSpan();
    moveCursor(targetS);
    m_lastPositionS = targetS;
}

void WatchTracker::tick()
{
    if (m_playing)
        reportSpan();
}

void WatchTracker::stopped()
{
    if (!m_playing)
        return;
    reportSpan();
    m_playing = false;
}

double WatchTracker::watchedS() const
{
    return std::max(watchedLocallyS(), m_serverWatchedS);
}

double WatchTracker::shareWatched() const
{
    return m_durationS > 0 ? std::min(1.0, watchedS() / m_durationS) : 0;
}

void WatchTracker::reportSpan()
{
    if (m_reportedToS < 0 || m_lastPositionS <= m_reportedToS)
        return; // nothing watched since the last report
    m_send({m_reportedToS, m_lastPositionS});
    m_reportedToS = m_lastPositionS;
}

void WatchTracker::moveCursor(double positionS)
{
    if (positionS == m_reportedToS)
        return;
    m_send({positionS, positionS});
    m_reportedToS = positionS;
}

} // namespace kp::client
