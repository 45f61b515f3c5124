#pragma once

#include <QString>

namespace kp::server {

// [videos] of the config file.
struct VideoSettings {
    // The share of a video's unique seconds a customer must watch before "understood" counts.
    double requiredShare = 0.9;
    // The largest video file an admin may upload.
    int maxUploadMb = 2048;
    // How long a signed media link (stream_url, thumbnail_url) stays valid.
    int urlTtlS = 3600;
    // Media answers the server sends itself at once; each holds a worker for the whole
    // transfer, so the rest of the workers stay for the API. More wait for a 503's Retry-After.
    // 0: a quarter of [server] threads.
    int maxStreams = 0;
    // With nginx in front: the internal location that serves <data_dir>/videos (e.g.
    // "/_kp_media/"). Media answers then carry only X-Accel-Redirect and nginx sends the bytes.
    QString accelRedirectPrefix;

    int streamCap(int threads) const { return maxStreams > 0 ? maxStreams : (threads / 4 > 1 ? threads / 4 : 1); }
};

} // namespace kp::server
