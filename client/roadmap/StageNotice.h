#pragma once

#include "shared/Roadmap.h"

#include <QStringList>

namespace kp::client {

// Which stages an account had seen done at its last visit of the roadmap, remembered per server
// and account (QSettings), so the page can say quietly what was completed since.
namespace stagenotice {

// The titles of the stages done in `stages` that were not done at the last visit of `server`'s
// `accountId`, in roadmap order, and remembers the current set. The first visit reports nothing:
// what was done before the page existed is not news.
QStringList newlyDone(const QString &server, const QString &accountId, const QList<RoadmapStage> &stages);

} // namespace stagenotice

} // namespace kp::client
