#pragma once

#include "shared/Referral.h"

namespace kp::client {

// One customer in the tree of who brought whom, with the customers it brought.
struct PartnerNode {
    QString accountId;
    QList<PartnerNode> children; // in the order of the list they came from (oldest account first)

    bool operator==(const PartnerNode &) const = default;
};

// The forest of who brought whom: its roots are the customers nobody brought (or whose partner is
// not in the list) who brought someone; a customer nobody brought and who brought nobody is left
// out. A cycle in the data (the server refuses them) cannot loop: each account appears once.
QList<PartnerNode> partnerForest(const QList<kp::PartnerEntry> &entries);

} // namespace kp::client
