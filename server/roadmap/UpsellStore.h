#pragma once

#include "server/security/Clock.h"
#include "shared/Roadmap.h"

#include <QList>
#include <QString>

#include <optional>

namespace kp::server {

class Database;

namespace roadmap {

// Owns every SQL statement on `roadmap_upsells` (the drafts) and `roadmap_published_upsells`,
// as StageStore does for stages. Order: creation.
class UpsellStore {
public:
    UpsellStore(Database &database, Clock clock);

    QList<UpsellContent> drafts();
    std::optional<UpsellContent> find(const QString &id);
    UpsellContent add(const UpsellContent &fields);
    bool update(const QString &id, const UpsellContent &fields);
    bool remove(const QString &id);
    bool publish(const QString &id);
    // Takes a deleted stage out of every offer's stages, the drafts' and the published ones'.
    void forgetStage(const QString &stageId);

    QList<UpsellContent> published();
    std::optional<UpsellContent> findPublished(const QString &id);

private:
    QList<UpsellContent> draftsWhere(const std::optional<QString> &id);
    QList<UpsellContent> publishedWhere(const std::optional<QString> &id);

    Database &m_database;
    Clock m_clock;
};

} // namespace roadmap
} // namespace kp::server
