#include "client/referrals/PartnerTree.h"

#include <QHash>
#include <QSet>

namespace kp::client {
namespace {

PartnerNode grow(const QString &id, const QHash<QString, QStringList> &brought, QSet<QString> &placed)
{
    PartnerNode node {id, {}};
    placed.insert(id);
    for (const auto &child : brought.value(id)) {
        if (!placed.contains(child))
            node.children.append(grow(child, brought, placed));
    }
    return node;
}

} // namespace

QList<PartnerNode> partnerForest(const QList<PartnerEntry> &entries)
{
    QSet<QString> known;
    for (const auto &entry : entries)
        known.insert(entry.account.id);
    QHash<QString, QStringList> brought; // partner → the accounts it brought, in list order
    for (const auto &entry : entries) {
        if (!entry.referredBy.isEmpty() && known.contains(entry.referredBy.id))
            brought[entry.referredBy.id].append(entry.account.id);
    }
    QList<PartnerNode> roots;
    QSet<QString> placed;
    for (const auto &entry : entries) {
        const bool hasPartner = !entry.referredBy.isEmpty() && known.contains(entry.referredBy.id);
        if (!hasPartner && brought.contains(entry.account.id))
            roots.append(grow(entry.account.id, brought, placed));
    }
    return roots;
}

} // namespace kp::client
