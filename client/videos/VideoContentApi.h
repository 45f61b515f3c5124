#pragma once

#include "client/api/Reply.h"
#include "shared/Video.h"

#include <QDateTime>
#include <QList>

namespace kp::client {

// The answer of an admin content list (`{items: [...]}`, not paged: an agency has tens of
// videos, not thousands). `offlineAsOf` is set when the server could not be reached and the
// list is the account's cached copy: the page shows it read-only.
template <typename T> struct ContentList {
    QList<T> items;
    QDateTime offlineAsOf;
};

// The agency's video content (API.md "Content management (admin)", kinds `series` and
// `videos`; server/videos/VideoContentRoutes.cpp). Every call answers the item as the server
// now holds it, so the page replaces its copy with that.
class VideoContentApi {
public:
    explicit VideoContentApi(ApiClient &api)
        : m_api(api)
    {
    }

    // GET …/series and GET …/videos: through the response cache, so the page opens offline.
    Reply<ContentList<VideoSeries>> series();
    Reply<ContentList<VideoContent>> videos();

    // POST …/series → 201; PUT …/series/{id} (a rename keeps the position).
    Reply<VideoSeries> addSeries(const QString &title, int position);
    Reply<VideoSeries> updateSeries(const VideoSeries &series);
    // PUT …/series/{id}/order: `videoIds` names every video of the series once, in the new order;
    // answers the series' videos with their new positions (422 when the list is not complete).
    Reply<ContentList<VideoContent>> reorder(const QString &seriesId, const QStringList &videoIds);

    // POST …/videos → 201, a draft without a file; PUT …/videos/{id} changes the text fields.
    Reply<VideoContent> addVideo(const VideoContent &fields);
    Reply<VideoContent> updateVideo(const VideoContent &video);
    Reply<NoContent> removeVideo(const QString &id);
    // PUT …/videos/{id}/file, streamed from `filePath`; the server judges the content and
    // answers 415 for anything but MP4 or WebM. Progress and abort through Reply::call().
    Reply<VideoContent> uploadFile(const QString &id, const QString &filePath, const QString &contentType);
    // PUT …/videos/{id}/thumbnail: a JPEG or PNG of at most 4 MiB.
    Reply<VideoContent> uploadThumbnail(const QString &id, const QByteArray &image, const QString &contentType);
    // POST …/videos/{id}/publish (409 while it has no file) or …/unpublish.
    Reply<VideoContent> setPublished(const QString &id, bool published);

private:
    ApiClient &m_api;
};

} // namespace kp::client
