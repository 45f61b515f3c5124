#pragma once

#include "client/app/DemoData.h"
#include "shared/Callback.h"

// Made-up callback requests for `--screenshot` (no server).
namespace kp::client::callbacksdemo {

// The demo customer's own requests, newest first.
QList<CallbackRequest> customerRequests(const DemoData &demo);
// The admin's inbox: requests of several customers with their channels' deliveries.
QList<CallbackRequest> inbox(const DemoData &demo);

} // namespace kp::client::callbacksdemo
