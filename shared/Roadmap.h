#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kp {

// The customer's way from sign-up to the first leads (API.md "Onboarding checklist and roadmap").
// Field values that are names on the wire stay strings, as the contract spells them:
//   stage status: "done" | "current" | "upcoming"
//   actor:        "agency" | "customer"  (who acts while the stage is current)
//   completes_by: "approval" | "checklist" | "videos" | "first_leads" | "items" | "admin"
//   source:       "auto" | "admin"  (how a done stage was completed)

// One stage as a customer sees it (GET /api/v1/roadmap `stages`).
struct RoadmapStage {
    QString id;
    QString title;
    QString description;
    QString status;
    QDateTime completedAt; // invalid unless done
    QString actor;
    QString nowText; // what happens while it is current, e.g. "Die Agentur erstellt Ihre Landingpage"

    bool isDone() const { return status == QLatin1String("done"); }
    bool isCurrent() const { return status == QLatin1String("current"); }

    QJsonObject toJson() const;
    static std::optional<RoadmapStage> fromJson(const QJsonObject &json);
    bool operator==(const RoadmapStage &) const = default;
};

// A further service offered beside the roadmap (GET /api/v1/roadmap `upsells`).
struct RoadmapUpsell {
    QString id;
    QString title;
    QString text;
    QString cta; // the call to action's label
    QString url; // optional link; empty: none

    QJsonObject toJson() const;
    static std::optional<RoadmapUpsell> fromJson(const QJsonObject &json);
    bool operator==(const RoadmapUpsell &) const = default;
};

// GET /api/v1/roadmap: the stages in position order and at most two fitting upsells.
struct Roadmap {
    QList<RoadmapStage> stages;
    QList<RoadmapUpsell> upsells;

    QJsonObject toJson() const;
    static Roadmap fromJson(const QJsonObject &json);
    bool operator==(const Roadmap &) const = default;
};

// One stage of one customer as an admin sees it: how and by whom it was completed.
struct AdminRoadmapStage {
    RoadmapStage stage; // its fields are flattened into the same JSON object
    QString completesBy;
    QString source; // empty unless done
    QString by;     // the admin's name when source is "admin", else empty

    QJsonObject toJson() const;
    static std::optional<AdminRoadmapStage> fromJson(const QJsonObject &json);
    bool operator==(const AdminRoadmapStage &) const = default;
};

// One published upsell and what this customer did with it.
struct AdminRoadmapUpsell {
    RoadmapUpsell upsell; // flattened like AdminRoadmapStage::stage
    QStringList stageIds;
    bool shown = false;     // on the customer's roadmap now
    QDateTime dismissedAt;  // invalid: not dismissed
    QDateTime interestedAt; // invalid: no interest

    QJsonObject toJson() const;
    static std::optional<AdminRoadmapUpsell> fromJson(const QJsonObject &json);
    bool operator==(const AdminRoadmapUpsell &) const = default;
};

// GET /api/v1/admin/accounts/{id}/roadmap, and the answer to an admin setting a stage.
struct AdminRoadmap {
    QString accountId;
    QList<AdminRoadmapStage> stages;
    QList<AdminRoadmapUpsell> upsells; // every published upsell

    QJsonObject toJson() const;
    static AdminRoadmap fromJson(const QJsonObject &json);
    bool operator==(const AdminRoadmap &) const = default;
};

// PUT /api/v1/admin/accounts/{id}/stages/{stage_id}: set a stage done (on a day, default today)
// or clear it.
struct StageMark {
    bool done = true;
    QDate completedOn; // invalid: today (only with done)

    QJsonObject toJson() const;
    bool operator==(const StageMark &) const = default;
};

// The admin's view of a stage (API.md "Content management": kind `stages`). The fields are the
// draft; a customer sees the version copied at the last publish.
struct StageContent {
    QString id;
    QString status = QStringLiteral("draft"); // "draft": changed since the last publish (or never published)
    QDateTime updatedAt;
    QDateTime publishedAt; // invalid: never published
    QString title;
    QString description;
    int position = 0;
    QString actor = QStringLiteral("agency");
    QString nowText;
    QString completesBy = QStringLiteral("admin");
    QStringList itemIds; // checklist items completing it (completes_by "items")

    bool isPublished() const { return status == QLatin1String("published"); }

    QJsonObject toJson() const;
    static std::optional<StageContent> fromJson(const QJsonObject &json);
    bool operator==(const StageContent &) const = default;
};

// The admin's view of an upsell (kind `upsells`), draft and publish as StageContent.
struct UpsellContent {
    QString id;
    QString status = QStringLiteral("draft");
    QDateTime updatedAt;
    QDateTime publishedAt;
    QString title;
    QString text;
    QString cta;
    QString url;          // empty: none
    QStringList stageIds; // the stages at which it is shown

    bool isPublished() const { return status == QLatin1String("published"); }

    QJsonObject toJson() const;
    static std::optional<UpsellContent> fromJson(const QJsonObject &json);
    bool operator==(const UpsellContent &) const = default;
};

} // namespace kp
