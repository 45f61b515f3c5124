#include "client/roadmap/StagesEditorPage.h"

#include "client/widgets/FormField.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace kp::client {

StagesEditorPage::StagesEditorPage(ApiClient &api, QWidget *parent)
    : ContentEditorPage(api, QStringLiteral("stages"), tr("Roadmap stages"),
                        tr("The stages of every customer's path. Drafts stay hidden from customers."), tr("New stage"),
                        parent)
    , m_title(addLine(QStringLiteral("title"), tr("Title")))
    , m_description(addText(QStringLiteral("description"), tr("Description")))
    , m_nowText(
          addLine(QStringLiteral("now_text"), tr("While it is current (e.g. “The agency builds your landing page”)")))
    , m_position(addNumber(QStringLiteral("position"), tr("Position")))
    , m_actor(
          addChoice(QStringLiteral("actor"), tr("Who acts"),
                    {{QStringLiteral("agency"), tr("The agency")}, {QStringLiteral("customer"), tr("The customer")}}))
    , m_completesBy(addChoice(QStringLiteral("completes_by"), tr("Completed by"),
                              {{QStringLiteral("admin"), tr("An admin, per customer")},
                               {QStringLiteral("approval"), tr("The account's approval")},
                               {QStringLiteral("checklist"), tr("The completed checklist")},
                               {QStringLiteral("videos"), tr("The required videos, understood")},
                               {QStringLiteral("first_leads"), tr("The first day with leads")},
                               {QStringLiteral("items"), tr("The checklist items below, answered")}}))
    , m_itemIds(addLine(QStringLiteral("item_ids"), tr("Checklist items (ids, separated by commas)")))
{
}

StagesEditorPage::Entry StagesEditorPage::entryOf(const StageContent &stage)
{
    return {stage.id, stage.title, stage.isPublished(), stage.updatedAt};
}

void StagesEditorPage::showDemo(const QList<StageContent> &stages, const QString &select)
{
    m_loads.begin();
    m_stages = stages;
    QList<Entry> entries;
    for (const auto &stage : stages)
        entries.append(entryOf(stage));
    setEntries(entries, select);
}

void StagesEditorPage::fetch()
{
    m_api.stages()
        .onSuccess(m_loads.begin(),
                   [this](const RoadmapContentList<StageContent> &list) {
                       auto stages = list.items;
                       std::stable_sort(stages.begin(), stages.end(), [](const StageContent &a, const StageContent &b) {
                           return a.position < b.position;
                       });
                       const auto keepSelected = selectedId();
                       m_stages = stages;
                       QList<Entry> entries;
                       for (const auto &stage : std::as_const(m_stages))
                           entries.append(entryOf(stage));
                       setEntries(entries, keepSelected);
                   })
        .onFailure(m_loads.current(), [this](const ApiError &error) { showLoadError(error); });
}

void StagesEditorPage::fill(const QString &id)
{
    StageContent stage;
    if (const auto *known = findIn(m_stages, id))
        stage = *known;
    else
        stage.position = int(m_stages.size());
    m_title->setText(stage.title);
    m_description->setPlainText(stage.description);
    m_nowText->setText(stage.nowText);
    m_position->setValue(stage.position);
    setChoice(m_actor, stage.actor);
    setChoice(m_completesBy, stage.completesBy);
    m_itemIds->setText(stage.itemIds.join(QStringLiteral(", ")));
}

StageContent StagesEditorPage::read() const
{
    StageContent stage;
    stage.id = selectedId();
    stage.title = m_title->text().trimmed();
    stage.description = m_description->toPlainText().trimmed();
    stage.nowText = m_nowText->text().trimmed();
    stage.position = m_position->value();
    stage.actor = m_actor->currentData().toString();
    stage.completesBy = m_completesBy->currentData().toString();
    stage.itemIds = m_itemIds->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    return stage;
}

void StagesEditorPage::submit(bool publish)
{
    saveThenPublish(
        read(), publish, [this](const StageContent &stage) { return m_api.saveStage(stage); },
        [this](const QString &id) { return m_api.publishStage(id); },
        std::function<void(const StageContent &)>([this](const StageContent &stage) { keep(m_stages, stage); }),
        tr("The stage"));
}

QString StagesEditorPage::titleOf(const QString &id) const
{
    const auto *stage = findIn(m_stages, id);
    return stage ? stage->title : QString();
}

} // namespace kp::client
