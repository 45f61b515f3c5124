#include "client/roadmap/RoadmapPage.h"

#include "client/app/OfflineSync.h"
#include "client/app/Session.h"
#include "client/roadmap/RoadmapTimeline.h"
#include "client/roadmap/StageNotice.h"
#include "client/roadmap/UpsellCard.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Card.h"
#include "client/widgets/PageColumn.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QUuid>
#include <QVBoxLayout>

namespace kp::client {
namespace {

constexpr int kUpsellColumnWidth = 300;

} // namespace

RoadmapPage::RoadmapPage(ApiClient &api, Session &session, OfflineSync &offline, QWidget *parent)
    : QWidget(parent)
    , m_transport(api)
    , m_api(api)
    , m_session(session)
    , m_offline(offline)
    , m_header(new PageHeader(tr("Your path"),
                              tr("From your registration to the first leads: where you stand and "
                                 "what happens next.")))
    , m_banner(new Banner(QStringLiteral("roadmapBanner")))
    , m_notice(new Banner(QStringLiteral("roadmapNotice")))
    , m_state(new StatePanel)
    , m_content(new QWidget)
    , m_timeline(new RoadmapTimeline)
    , m_upsellColumn(new QWidget)
    , m_upsells(new QVBoxLayout)
{
    setObjectName(QStringLiteral("roadmapPage"));
    m_state->setObjectName(QStringLiteral("roadmapState"));
    m_banner->hide();
    m_notice->hide();

    QVBoxLayout *timelineContent = nullptr;
    auto *timelineCard = makeCard(timelineContent, tr("Your stages"), QStringLiteral("roadmapTimelineCard"));
    timelineContent->addWidget(m_timeline);
    timelineContent->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("roadmapScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(timelineCard);

    m_upsellColumn->setObjectName(QStringLiteral("roadmapUpsells"));
    m_upsellColumn->setFixedWidth(kUpsellColumnWidth);
    auto *column = new QVBoxLayout(m_upsellColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(theme::spacing::m);
    auto *heading = new QLabel(tr("What could help next"));
    heading->setProperty("role", QStringLiteral("sectionTitle"));
    column->addWidget(heading);
    m_upsells->setSpacing(theme::spacing::m);
    column->addLayout(m_upsells);
    column->addStretch();

    auto *content = new QHBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(theme::spacing::xl);
    content->addWidget(scroll, 1);
    content->addWidget(m_upsellColumn);
    m_content->hide();

    pageColumn(this, {m_header, m_notice, m_banner}, {m_state, m_content});

    connect(m_state, &StatePanel::retryRequested, this, &RoadmapPage::reload);
    session.forgetOnEnd(this, [this] { forget(); });
}

void RoadmapPage::forget()
{
    m_loads.begin();
    m_loaded = false;
    m_dismissed.clear();
    m_interested.clear();
    m_content->hide();
    m_banner->hide();
    m_notice->hide();
}

void RoadmapPage::reload()
{
    if (!m_loaded) {
        m_content->hide();
        m_state->showLoading(tr("Loading your path …"));
    }
    m_api.roadmap()
        .onStored(m_loads.begin(),
                  [this](const Roadmap &roadmap) {
                      if (!m_loaded)
                          show(roadmap);
                  })
        .onSuccess(m_loads.current(),
                   [this](const Roadmap &roadmap) {
                       show(roadmap);
                       showNotice(stagenotice::newlyDone(m_transport.baseUrl().toString(), m_session.account().id,
                                                         roadmap.stages));
                       emit loaded();
                   })
        .onFailure(m_loads.current(), [this](const ApiError &error) {
            showLoadError(error);
            emit loaded();
        });
}

void RoadmapPage::showDemo(const Roadmap &roadmap, const QString &notice)
{
    m_loads.begin();
    m_dismissed.clear();
    m_interested.clear();
    show(roadmap);
    showNotice(notice.isEmpty() ? QStringList() : QStringList {notice});
}

void RoadmapPage::showLoadError(const ApiError &error)
{
    if (m_loaded) {
        // The roadmap on screen stays; the problem goes above it.
        m_banner->showMessage(Banner::Tone::Danger, error.message());
        return;
    }
    m_content->hide();
    m_state->showError(error.message());
}

void RoadmapPage::showNotice(const QStringList &titles)
{
    if (titles.isEmpty()) {
        m_notice->hide();
        return;
    }
    m_notice->showMessage(Banner::Tone::Info, tr("Done: %1").arg(titles.join(QStringLiteral(", "))));
}

void RoadmapPage::show(const Roadmap &roadmap)
{
    m_loaded = true;
    m_banner->hide();
    if (roadmap.stages.isEmpty()) {
        m_content->hide();
        m_state->showEmpty(QStringLiteral("mark-location"), tr("Your path is being prepared"),
                           tr("The agency is setting up the stages of your way to the first leads. Until then, the "
                              "onboarding checklist shows what to do."));
        return;
    }
    m_state->clear();
    m_timeline->setStages(roadmap.stages);
    while (auto *item = m_upsells->takeAt(0)) {
        if (auto *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    int shown = 0;
    for (const auto &upsell : roadmap.upsells) {
        if (shown == kMaxUpsells || m_dismissed.contains(upsell.id))
            continue;
        auto *card = new UpsellCard(upsell);
        if (m_interested.contains(upsell.id))
            card->showInterested();
        connect(card, &UpsellCard::dismissRequested, this, &RoadmapPage::dismiss);
        connect(card, &UpsellCard::interestRequested, this, &RoadmapPage::interest);
        m_upsells->addWidget(card);
        ++shown;
    }
    m_upsellColumn->setVisible(shown > 0);
    m_content->show();
}

QList<UpsellCard *> RoadmapPage::upsellCards() const
{
    QList<UpsellCard *> cards;
    for (int i = 0; i < m_upsells->count(); ++i) {
        if (auto *card = qobject_cast<UpsellCard *>(m_upsells->itemAt(i)->widget()))
            cards.append(card);
    }
    return cards;
}

UpsellCard *RoadmapPage::card(const QString &upsellId) const
{
    for (auto *card : upsellCards()) {
        if (card->upsell().id == upsellId)
            return card;
    }
    return nullptr;
}

void RoadmapPage::dismiss(const QString &upsellId)
{
    m_dismissed.insert(upsellId);
    if (auto *gone = card(upsellId)) {
        m_upsells->removeWidget(gone);
        gone->hide();
        gone->deleteLater();
    }
    m_upsellColumn->setVisible(!upsellCards().isEmpty());
    const auto key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_api.dismiss(upsellId, key).onFailure(this, [this, upsellId, key](const ApiError &error) {
        if (error.isNetworkError() && m_offline.isOpen()) {
            m_offline.queue("POST", RoadmapApi::dismissPath(upsellId), {}, tr("Hidden offer"), key);
            return;
        }
        m_dismissed.remove(upsellId);
        m_banner->showMessage(Banner::Tone::Danger, tr("The offer could not be hidden: %1").arg(error.message()));
        reload();
    });
}

void RoadmapPage::interest(const QString &upsellId)
{
    auto *asked = card(upsellId);
    if (asked)
        asked->setBusy(true);
    const auto key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const auto confirmed = [this, upsellId] {
        m_interested.insert(upsellId);
        if (auto *answered = card(upsellId))
            answered->showInterested();
    };
    m_api.interest(upsellId, key)
        .onSuccess(this, [confirmed](NoContent) { confirmed(); })
        .onFailure(this, [this, upsellId, key, confirmed](const ApiError &error) {
            if (error.isNetworkError() && m_offline.isOpen()) {
                m_offline.queue("POST", RoadmapApi::interestPath(upsellId), {}, tr("Interest in an offer"), key);
                confirmed();
                return;
            }
            if (auto *answered = card(upsellId))
                answered->setBusy(false);
            m_banner->showMessage(Banner::Tone::Danger, tr("Your interest could not be sent: %1").arg(error.message()));
        });
}

} // namespace kp::client
