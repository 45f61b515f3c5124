#pragma once

#include "shared/Video.h"

#include <QHash>
#include <QImage>

namespace kp::client::videosdemo {

// The demo tutorials of `--screenshot` (the agency's content is German, like the demo checklist):
// three series, some required, one understood, some half watched, some new.
VideoList list();
// Painted 16:9 pictures for the demo videos, by video id (one is left out: the placeholder).
QHash<QString, QImage> thumbnails();
// The demo video the player is shown with, and where it is paused.
QString playerVideoId();
double playerPositionS();

} // namespace kp::client::videosdemo
