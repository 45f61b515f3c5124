#pragma once

#include "client/api/Reply.h"
#include "client/videos/WatchTracker.h"
#include "shared/Video.h"

namespace kp::client {

// The customer's tutorial videos (API.md "Tutorial videos").
class VideosApi {
public:
    explicit VideosApi(ApiClient &api)
        : m_api(api)
    {
    }

    // GET /api/v1/videos (cached, so the page shows the last list offline); 409
    // onboarding_incomplete before the checklist is complete.
    Reply<VideoList> list();
    // PUT /api/v1/videos/{id}/progress: "watched continuously from report.fromS to positionS".
    Reply<VideoProgress> reportProgress(const QString &videoId, const ProgressReport &report);
    // POST /api/v1/videos/{id}/understood; 422 validation_failed below the required share.
    Reply<VideoProgress> confirmUnderstood(const QString &videoId);
    // POST /api/v1/videos/seen: videos published after now are "new" next time.
    Reply<NoContent> markSeen();

    // The path and body of a progress report (also what the outbox keeps).
    static QString progressPath(const QString &videoId);
    static QJsonObject progressBody(const ProgressReport &report);

private:
    ApiClient &m_api;
};

} // namespace kp::client
