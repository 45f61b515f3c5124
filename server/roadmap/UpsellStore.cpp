#include "server/roadmap/UpsellStore.h"

#include "server/db/Database.h"
#include "server/roadmap/ContentIds.h"
#include "server/roadmap/PublishDraft.h"
#include "server/security/Tokens.h"
#include "shared/Account.h"

namespace kp::server::roadmap {
namespace {

#define UPSELL_FIELDS "title, body, cta, url, stage_ids"

void readFields(const Query &row, int first, UpsellContent &upsell)
{
    upsell.title = row.text(first);
    upsell.text = row.text(first + 1);
    upsell.cta = row.text(first + 2);
    upsell.url = row.text(first + 3);
    upsell.stageIds = idsFromColumn(row.text(first + 4));
}

std::optional<QString> urlColumn(const QString &url)
{
    return url.isEmpty() ? std::nullopt : std::optional(url);
}

} // namespace

UpsellStore::UpsellStore(Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

QList<UpsellContent> UpsellStore::drafts()
{
    return draftsWhere(std::nullopt);
}

std::optional<UpsellContent> UpsellStore::find(const QString &id)
{
    const auto found = draftsWhere(id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

// A NULL id lists them all, so one prepared statement serves the list and the single read.
QList<UpsellContent> UpsellStore::draftsWhere(const std::optional<QString> &id)
{
    auto row = m_database.connection().query("SELECT id, status, updated_at, published_at, " UPSELL_FIELDS
                                             " FROM roadmap_upsells WHERE ?1 IS NULL OR id = ?1 ORDER BY rowid",
                                             id);
    QList<UpsellContent> all;
    while (row.next()) {
        UpsellContent upsell;
        upsell.id = row.text(0);
        upsell.status = row.text(1);
        upsell.updatedAt = fromApiInstant(row.text(2));
        upsell.publishedAt = fromApiInstant(row.text(3));
        readFields(row, 4, upsell);
        all.append(upsell);
    }
    return all;
}

UpsellContent UpsellStore::add(const UpsellContent &fields)
{
    const auto id = QStringLiteral("ups_") + tokens::randomCode(12).toLower();
    const auto now = toApiInstant(m_clock());
    m_database.connection()
        .query("INSERT INTO roadmap_upsells (id, " UPSELL_FIELDS ", status, created_at, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
               id, fields.title, fields.text, fields.cta, urlColumn(fields.url), idsColumn(fields.stageIds), now, now)
        .run();
    return *find(id);
}

bool UpsellStore::update(const QString &id, const UpsellContent &fields)
{
    return m_database.connection()
               .query("UPDATE roadmap_upsells SET title = ?, body = ?, cta = ?, url = ?, stage_ids = ?, "
                      "status = 'draft', updated_at = ? WHERE id = ?",
                      fields.title, fields.text, fields.cta, urlColumn(fields.url), idsColumn(fields.stageIds),
                      toApiInstant(m_clock()), id)
               .run()
        > 0;
}

bool UpsellStore::remove(const QString &id)
{
    return m_database.connection().query("DELETE FROM roadmap_upsells WHERE id = ?", id).run() > 0;
}

// The offer's stage_ids without `?1`, for the offers that name it.
#define FORGET_STAGE(table)                                                                                            \
    "UPDATE " table " SET stage_ids = (SELECT json_group_array(value) FROM json_each(" table ".stage_ids) "            \
    "WHERE value <> ?1) WHERE EXISTS (SELECT 1 FROM json_each(" table ".stage_ids) WHERE value = ?1)"

void UpsellStore::forgetStage(const QString &stageId)
{
    auto &connection = m_database.connection();
    connection.query(FORGET_STAGE("roadmap_upsells"), stageId).run();
    connection.query(FORGET_STAGE("roadmap_published_upsells"), stageId).run();
}

#undef FORGET_STAGE

bool UpsellStore::publish(const QString &id)
{
    return publishDraft(m_database.connection(),
                        "UPDATE roadmap_upsells SET status = 'published', published_at = ? WHERE id = ?",
                        "INSERT OR REPLACE INTO roadmap_published_upsells (id, " UPSELL_FIELDS
                        ") SELECT id, " UPSELL_FIELDS " FROM roadmap_upsells WHERE id = ?",
                        toApiInstant(m_clock()), id);
}

QList<UpsellContent> UpsellStore::published()
{
    return publishedWhere(std::nullopt);
}

std::optional<UpsellContent> UpsellStore::findPublished(const QString &id)
{
    const auto found = publishedWhere(id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<UpsellContent> UpsellStore::publishedWhere(const std::optional<QString> &id)
{
    auto row = m_database.connection().query(
        "SELECT p.id, u.published_at, p.title, p.body, p.cta, p.url, p.stage_ids FROM roadmap_published_upsells p "
        "JOIN roadmap_upsells u ON u.id = p.id WHERE ?1 IS NULL OR p.id = ?1 ORDER BY u.rowid",
        id);
    QList<UpsellContent> all;
    while (row.next()) {
        UpsellContent upsell;
        upsell.id = row.text(0);
        upsell.status = QStringLiteral("published");
        upsell.publishedAt = fromApiInstant(row.text(1));
        upsell.updatedAt = upsell.publishedAt;
        readFields(row, 2, upsell);
        all.append(upsell);
    }
    return all;
}

} // namespace kp::server::roadmap
