#pragma once

#include "shared/Video.h"

#include <QImage>
#include <QList>

// The made-up content of the admin's video page for `--screenshot`: two series, drafts and
// published videos, one draft still without its file; thumbnails painted, nothing shipped.
namespace kp::client::videoadmindemo {

QList<VideoSeries> series();
QList<VideoContent> videos();
// The painted picture of a demo video (null for those shown without one).
QImage thumbnail(const QString &videoId);

} // namespace kp::client::videoadmindemo
