#pragma once

#include "client/onboarding/CustomerChecklist.h"

namespace kp::client::checklistdemo {

// The demo checklist of `--screenshot` (the server's demo sheet: every item type and two of the
// agency's items), with no answers yet.
CustomerChecklist empty();
// About half answered, among them a web address without its scheme.
CustomerChecklist halfDone();
// What the agency sees of the same customer later: five of seven required answers (among them
// the logo as a file), two missing, one of the agency's items ticked.
CustomerChecklist forAgency();
// Every required item answered, the agency's too, and completed.
CustomerChecklist completed();

} // namespace kp::client::checklistdemo
