#pragma once

#include "server/security/Clock.h"
#include "shared/Roadmap.h"

#include <QList>
#include <QString>

#include <optional>

namespace kp::server {

class Database;

namespace roadmap {

// Owns every SQL statement on `roadmap_stages` (the drafts) and `roadmap_published_stages` (what
// customers see). Stages travel as StageContent: the drafts with their state, the published
// versions with status "published". Each write joins a caller's WriteTransaction.
class StageStore {
public:
    StageStore(Database &database, Clock clock);

    QList<StageContent> drafts(); // by position, then creation
    std::optional<StageContent> find(const QString &id);
    // The head of `fields` (id, status, instants) is the store's to set.
    StageContent add(const StageContent &fields);
    bool update(const QString &id, const StageContent &fields); // false: no such stage
    bool remove(const QString &id);
    // Copies the draft to what customers see; false: no such stage.
    bool publish(const QString &id);

    QList<StageContent> published(); // by position, then creation

private:
    Database &m_database;
    Clock m_clock;
};

} // namespace roadmap
} // namespace kp::server
