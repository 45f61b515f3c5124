#include "client/roadmap/UpsellsEditorPage.h"

#include "client/widgets/FormField.h"

#include <QListWidget>
#include <QPlainTextEdit>

namespace kp::client {

UpsellsEditorPage::UpsellsEditorPage(ApiClient &api, QWidget *parent)
    : ContentEditorPage(api, QStringLiteral("upsells"), tr("Offers"),
                        tr("Further services shown beside the roadmap, at most two at a time, only at the stages you "
                           "choose."),
                        tr("New offer"), parent)
    , m_title(addLine(QStringLiteral("title"), tr("Title")))
    , m_text(addText(QStringLiteral("text"), tr("Text")))
    , m_cta(addLine(QStringLiteral("cta"), tr("Button (e.g. “I'm interested”)")))
    , m_url(addLine(QStringLiteral("url"), tr("Link to more information (optional)")))
    , m_stages(addChecks(QStringLiteral("stage_ids"), tr("Shown at these stages")))
{
    m_url->setPlaceholder(QStringLiteral("https://"));
}

void UpsellsEditorPage::showDemo(const QList<UpsellContent> &upsells, const QList<StageContent> &stages,
                                 const QString &select)
{
    m_loads.begin();
    show(upsells, stages, select);
}

void UpsellsEditorPage::show(const QList<UpsellContent> &upsells, const QList<StageContent> &stages,
                             const QString &select)
{
    m_upsells = upsells;
    m_stages->clear();
    for (const auto &stage : stages) {
        auto *item = new QListWidgetItem(stage.title, m_stages);
        item->setData(Qt::UserRole, stage.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    QList<Entry> entries;
    for (const auto &upsell : upsells)
        entries.append({upsell.id, upsell.title, upsell.isPublished(), upsell.updatedAt});
    setEntries(entries, select);
}

void UpsellsEditorPage::fetch()
{
    auto *load = m_loads.begin();
    m_api.upsells()
        .onSuccess(load,
                   [this, load](const RoadmapContentList<UpsellContent> &upsells) {
                       m_api.stages()
                           .onSuccess(load,
                                      [this, upsells](const RoadmapContentList<StageContent> &list) {
                                          auto stages = list.items;
                                          std::stable_sort(stages.begin(), stages.end(),
                                                           [](const StageContent &a, const StageContent &b) {
                                                               return a.position < b.position;
                                                           });
                                          show(upsells.items, stages, selectedId());
                                      })
                           .onFailure(load, [this](const ApiError &error) { showLoadError(error); });
                   })
        .onFailure(load, [this](const ApiError &error) { showLoadError(error); });
}

void UpsellsEditorPage::fill(const QString &id)
{
    UpsellContent upsell;
    if (const auto *known = findIn(m_upsells, id))
        upsell = *known;
    m_title->setText(upsell.title);
    m_text->setPlainText(upsell.text);
    m_cta->setText(upsell.cta);
    m_url->setText(upsell.url);
    setChecked(m_stages, upsell.stageIds);
}

UpsellContent UpsellsEditorPage::read() const
{
    UpsellContent upsell;
    upsell.id = selectedId();
    upsell.title = m_title->text().trimmed();
    upsell.text = m_text->toPlainText().trimmed();
    upsell.cta = m_cta->text().trimmed();
    upsell.url = m_url->text().trimmed();
    upsell.stageIds = checked(m_stages);
    return upsell;
}

void UpsellsEditorPage::submit(bool publish)
{
    saveThenPublish(
        read(), publish, [this](const UpsellContent &upsell) { return m_api.saveUpsell(upsell); },
        [this](const QString &id) { return m_api.publishUpsell(id); },
        std::function<void(const UpsellContent &)>([this](const UpsellContent &upsell) { keep(m_upsells, upsell); }),
        tr("The offer"));
}

QString UpsellsEditorPage::titleOf(const QString &id) const
{
    const auto *upsell = findIn(m_upsells, id);
    return upsell ? upsell->title : QString();
}

} // namespace kp::client
