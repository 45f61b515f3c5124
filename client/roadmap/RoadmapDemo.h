#pragma once

#include "shared/Roadmap.h"

namespace kp::client::roadmapdemo {

// The customer's roadmap of `--screenshot` at three points of the way: just approved, the
// checklist done, the landing page done (with the offer that fits the next stage).
Roadmap justApproved();
Roadmap checklistDone();
Roadmap landingPageDone();
// The title of the stage completed last in landingPageDone() (the page's quiet notice).
QString landingPageTitle();

// The agency's content: the six stages (one changed since publishing) and the offers.
QList<StageContent> stageContent();
QList<UpsellContent> upsellContent();
// One customer's path as the admin sees it (landing page marked by an admin).
AdminRoadmap customerRoadmap(const QString &accountId);
// The demo's today (the day after the last thing that happened in it).
QDate today();

} // namespace kp::client::roadmapdemo
