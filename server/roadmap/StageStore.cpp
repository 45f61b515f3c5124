#include "server/roadmap/StageStore.h"

#include "server/db/Database.h"
#include "server/roadmap/ContentIds.h"
#include "server/roadmap/PublishDraft.h"
#include "server/security/Tokens.h"
#include "shared/Account.h"

namespace kp::server::roadmap {
namespace {

#define STAGE_FIELDS "title, description, position, actor, now_text, completes_by, item_ids"
#define STAGE_FIELDS_OF_P "p.title, p.description, p.position, p.actor, p.now_text, p.completes_by, p.item_ids"

// Reads STAGE_FIELDS from column `first` on.
void readFields(const Query &row, int first, StageContent &stage)
{
    stage.title = row.text(first);
    stage.description = row.text(first + 1);
    stage.position = int(row.integer(first + 2));
    stage.actor = row.text(first + 3);
    stage.nowText = row.text(first + 4);
    stage.completesBy = row.text(first + 5);
    stage.itemIds = idsFromColumn(row.text(first + 6));
}

StageContent readDraft(const Query &row)
{
    StageContent stage;
    stage.id = row.text(0);
    stage.status = row.text(1);
    stage.updatedAt = fromApiInstant(row.text(2));
    stage.publishedAt = fromApiInstant(row.text(3));
    readFields(row, 4, stage);
    return stage;
}

} // namespace

StageStore::StageStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QList<StageContent> StageStore::drafts()
{
    auto row = m_database.connection().query("SELECT id, status, updated_at, published_at, " STAGE_FIELDS
                                             " FROM roadmap_stages ORDER BY position, rowid");
    QList<StageContent> all;
    while (row.next())
        all.append(readDraft(row));
    return all;
}

std::optional<StageContent> StageStore::find(const QString &id)
{
    auto row = m_database.connection().query(
        "SELECT id, status, updated_at, published_at, " STAGE_FIELDS " FROM roadmap_stages WHERE id = ?", id);
    if (!row.next())
        return std::nullopt;
    return readDraft(row);
}

StageContent StageStore::add(const StageContent &fields)
{
    const auto id = QStringLiteral("stg_") + tokens::randomCode(12).toLower();
    const auto now = toApiInstant(m_clock());
    m_database.connection()
        .query("INSERT INTO roadmap_stages (id, " STAGE_FIELDS ", status, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
               id, fields.title, fields.description, fields.position, fields.actor, fields.nowText, fields.completesBy,
               idsColumn(fields.itemIds), now, now)
        .run();
    return *find(id);
}

bool StageStore::update(const QString &id, const StageContent &fields)
{
    return m_database.connection()
               .query("UPDATE roadmap_stages SET title = ?, description = ?, position = ?, actor = ?, now_text = ?, "
                      "completes_by = ?, item_ids = ?, status = 'draft', updated_at = ? WHERE id = ?",
                      fields.title, fields.description, fields.position, fields.actor, fields.nowText,
                      fields.completesBy, idsColumn(fields.itemIds), toApiInstant(m_clock()), id)
               .run()
        > 0;
}

bool StageStore::remove(const QString &id)
{
    return m_database.connection().query("DELETE FROM roadmap_stages WHERE id = ?", id).run() > 0;
}

bool StageStore::publish(const QString &id)
{
    return publishDraft(m_database.connection(),
                        "UPDATE roadmap_stages SET status = 'published', published_at = ? WHERE id = ?",
                        "INSERT OR REPLACE INTO roadmap_published_stages (id, " STAGE_FIELDS
                        ") SELECT id, " STAGE_FIELDS " FROM roadmap_stages WHERE id = ?",
                        toApiInstant(m_clock()), id);
}

QList<StageContent> StageStore::published()
{
    auto row = m_database.connection().query("SELECT p.id, s.published_at, " STAGE_FIELDS_OF_P
                                             " FROM roadmap_published_stages p "
                                             "JOIN roadmap_stages s ON s.id = p.id ORDER BY p.position, s.rowid");
    QList<StageContent> all;
    while (row.next()) {
        StageContent stage;
        stage.id = row.text(0);
        stage.status = QStringLiteral("published");
        stage.publishedAt = fromApiInstant(row.text(1));
        stage.updatedAt = stage.publishedAt;
        readFields(row, 2, stage);
        all.append(stage);
    }
    return all;
}

} // namespace kp::server::roadmap
