#include "client/roadmap/RoadmapDemo.h"

#include <QCoreApplication>

namespace kp::client::roadmapdemo {
namespace {

// The screenshots' clock, as in the other demos: fixed, so the pictures do not change.
QDateTime at(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(9, 30), Qt::UTC);
}

QString translated(const char *text)
{
    return QCoreApplication::translate("roadmapdemo", text);
}

struct StageText {
    const char *id;
    const char *title;
    const char *description;
    const char *actor;
    const char *now;
    const char *completesBy;
};

// The stages migration 0009 seeds, in English here (translated for the German pictures).
const StageText kStages[] = {
    {"approved", QT_TRANSLATE_NOOP("roadmapdemo", "Account approved"),
     QT_TRANSLATE_NOOP("roadmapdemo", "The agency checks and approves your registration."), "agency",
     QT_TRANSLATE_NOOP("roadmapdemo", "The agency checks your registration."), "approval"},
    {"checklist", QT_TRANSLATE_NOOP("roadmapdemo", "Checklist completed"),
     QT_TRANSLATE_NOOP("roadmapdemo", "Everything the agency needs from you, in one list."), "customer",
     QT_TRANSLATE_NOOP("roadmapdemo",
                       "Fill in the onboarding checklist: logo, access to your Facebook page and your wishes."),
     "checklist"},
    {"videos", QT_TRANSLATE_NOOP("roadmapdemo", "Videos watched"),
     QT_TRANSLATE_NOOP("roadmapdemo", "Short videos on how leads reach you and how to answer them."), "customer",
     QT_TRANSLATE_NOOP("roadmapdemo", "Watch the three required tutorial videos (about 12 minutes)."), "videos"},
    {"landing", QT_TRANSLATE_NOOP("roadmapdemo", "Landing page created"),
     QT_TRANSLATE_NOOP("roadmapdemo", "The page your ads lead to."), "agency",
     QT_TRANSLATE_NOOP("roadmapdemo", "The agency builds your landing page."), "admin"},
    {"ads", QT_TRANSLATE_NOOP("roadmapdemo", "Ads running"),
     QT_TRANSLATE_NOOP("roadmapdemo", "Your campaigns on Facebook and Instagram."), "agency",
     QT_TRANSLATE_NOOP("roadmapdemo", "The agency sets up your ad campaigns and starts them."), "admin"},
    {"leads", QT_TRANSLATE_NOOP("roadmapdemo", "First leads"),
     QT_TRANSLATE_NOOP("roadmapdemo", "The first enquiries arrive."), "agency",
     QT_TRANSLATE_NOOP("roadmapdemo", "Your ads are running; the first enquiries are on their way."), "first_leads"},
};

const QDateTime kDone[] = {at(11, 20), at(11, 24), at(11, 27), at(12, 3)};

// The stages with the first `done` of them done and the next current.
QList<RoadmapStage> stagesAt(int done)
{
    QList<RoadmapStage> stages;
    int index = 0;
    for (const auto &text : kStages) {
        RoadmapStage stage;
        stage.id = QString::fromLatin1(text.id);
        stage.title = translated(text.title);
        stage.description = translated(text.description);
        stage.actor = QString::fromLatin1(text.actor);
        stage.nowText = translated(text.now);
        stage.status = index < done ? QStringLiteral("done")
            : index == done         ? QStringLiteral("current")
                                    : QStringLiteral("upcoming");
        if (index < done)
            stage.completedAt = kDone[std::min(index, int(std::size(kDone)) - 1)];
        stages.append(stage);
        ++index;
    }
    return stages;
}

// The offers migration 0009 seeds, as the customer sees them.
RoadmapUpsell offer(const QString &id, const char *title, const char *text)
{
    return {id, translated(title), translated(text), QCoreApplication::translate("roadmapdemo", "I'm interested"), {}};
}

RoadmapUpsell webinars()
{
    return offer(
        QStringLiteral("webinars"), QT_TRANSLATE_NOOP("roadmapdemo", "Webinars"),
        QT_TRANSLATE_NOOP("roadmapdemo", "Live webinars with your customers: we plan, host and record them for you."));
}

RoadmapUpsell whatsapp()
{
    return offer(QStringLiteral("whatsapp"), QT_TRANSLATE_NOOP("roadmapdemo", "WhatsApp bot"),
                 QT_TRANSLATE_NOOP("roadmapdemo",
                                   "Answers every new lead on WhatsApp within seconds, day and night, "
                                   "and books the appointment."));
}

RoadmapUpsell cms()
{
    return offer(QStringLiteral("cms"), QT_TRANSLATE_NOOP("roadmapdemo", "CMS system"),
                 QT_TRANSLATE_NOOP("roadmapdemo",
                                   "Change the texts and pictures of your landing page yourself, "
                                   "without waiting for us."));
}

} // namespace

Roadmap justApproved()
{
    return {stagesAt(1), {webinars()}};
}

Roadmap checklistDone()
{
    return {stagesAt(2), {webinars()}};
}

Roadmap landingPageDone()
{
    return {stagesAt(4), {whatsapp(), cms()}};
}

QString landingPageTitle()
{
    return translated(kStages[3].title);
}

QList<StageContent> stageContent()
{
    QList<StageContent> content;
    int position = 0;
    for (const auto &text : kStages) {
        StageContent stage;
        stage.id = QString::fromLatin1(text.id);
        stage.status = QStringLiteral("published");
        stage.updatedAt = at(11, 2);
        stage.publishedAt = at(11, 2);
        stage.title = translated(text.title);
        stage.description = translated(text.description);
        stage.position = position++;
        stage.actor = QString::fromLatin1(text.actor);
        stage.nowText = translated(text.now);
        stage.completesBy = QString::fromLatin1(text.completesBy);
        content.append(stage);
    }
    // Changed after publishing: customers still see the published text.
    content[2].status = QStringLiteral("draft");
    content[2].updatedAt = at(12, 4);
    return content;
}

QList<UpsellContent> upsellContent()
{
    const auto make = [](const RoadmapUpsell &upsell, const QStringList &stageIds, bool published) {
        UpsellContent content;
        content.id = upsell.id;
        content.status = published ? QStringLiteral("published") : QStringLiteral("draft");
        content.updatedAt = at(11, 5);
        content.title = upsell.title;
        content.text = upsell.text;
        content.cta = upsell.cta;
        content.url = upsell.url;
        content.stageIds = stageIds;
        return content;
    };
    const auto seo = offer(QStringLiteral("seo"), QT_TRANSLATE_NOOP("roadmapdemo", "Google reviews"),
                           QT_TRANSLATE_NOOP("roadmapdemo",
                                             "We ask your happy customers for a review, so new ones "
                                             "find you first."));
    return {make(whatsapp(), {QStringLiteral("ads")}, true),
            make(cms(), {QStringLiteral("landing"), QStringLiteral("ads")}, true),
            make(webinars(), {QStringLiteral("checklist"), QStringLiteral("videos")}, true),
            make(seo, {QStringLiteral("leads")}, false)};
}

AdminRoadmap customerRoadmap(const QString &accountId)
{
    AdminRoadmap roadmap;
    roadmap.accountId = accountId;
    const auto content = stageContent();
    int index = 0;
    for (const auto &stage : stagesAt(4)) {
        AdminRoadmapStage entry;
        entry.stage = stage;
        entry.completesBy = content.value(index).completesBy;
        if (stage.isDone()) {
            entry.source
                = entry.completesBy == QLatin1String("admin") ? QStringLiteral("admin") : QStringLiteral("auto");
            entry.by = entry.source == QLatin1String("admin") ? QStringLiteral("Sabine Krüger") : QString();
        }
        roadmap.stages.append(entry);
        ++index;
    }
    AdminRoadmapUpsell wanted {whatsapp(), {QStringLiteral("ads")}, false, {}, at(12, 4)};
    AdminRoadmapUpsell hidden {webinars(), {QStringLiteral("checklist")}, false, at(11, 25), {}};
    AdminRoadmapUpsell shown {cms(), {QStringLiteral("landing"), QStringLiteral("ads")}, true, {}, {}};
    roadmap.upsells = {shown, wanted, hidden};
    return roadmap;
}

QDate today()
{
    return QDate(2026, 12, 5);
}

} // namespace kp::client::roadmapdemo
