#include "client/referrals/PartnerPage.h"

#include "client/app/Session.h"
#include "client/onboarding/SavedFile.h"
#include "client/referrals/QuietTable.h"
#include "client/referrals/ReferralText.h"
#include "client/widgets/Banner.h"
#include "client/widgets/Card.h"
#include "client/widgets/PageColumn.h"
#include "client/widgets/PageHeader.h"
#include "client/widgets/SecondaryLabel.h"
#include "client/widgets/StatePanel.h"
#include "client/widgets/Theme.h"
#include "client/widgets/Toast.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace kp::client {
namespace {

// In a struct, so the columns of the app's tables keep their names apart (unity builds).
struct ReferralColumn {
    enum : int { Name, Company, Clicked, Registered, Status, Source, Count };
};

constexpr int kQrSide = 176; // logical pixels the code may take on the page, quiet zone included

QString saveDialog(QWidget *parent, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, PartnerPage::tr("Save the QR code"),
                                        QDir::home().filePath(suggestedName), PartnerPage::tr("PNG image (*.png)"));
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

// One figure: the label small, the number large (UI.md KPI tiles, without a comparison).
QFrame *figureTile(const QString &key, const QString &label, QLabel *&value)
{
    auto *tile = new QFrame;
    tile->setObjectName(QStringLiteral("partnerFigure_") + key);
    tile->setProperty("card", true);
    value = new QLabel(QStringLiteral("–"));
    value->setObjectName(QStringLiteral("partnerFigureValue_") + key);
    value->setProperty("role", QStringLiteral("kpi"));
    auto *caption = new QLabel(label);
    caption->setProperty("role", QStringLiteral("caption"));
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(theme::spacing::l, theme::spacing::m, theme::spacing::l, theme::spacing::m);
    layout->setSpacing(theme::spacing::xs);
    layout->addWidget(caption);
    layout->addWidget(value);
    tile->setAccessibleName(label);
    return tile;
}

} // namespace

PartnerPage::PartnerPage(ApiClient &api, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_session(session)
    , m_chooseSavePath(saveDialog)
    , m_header(new PageHeader(tr("Partner program"),
                              tr("Recommend the agency: everyone who registers through your link is listed here.")))
    , m_banner(new Banner(QStringLiteral("partnerBanner")))
    , m_state(new StatePanel)
    , m_content(new QWidget)
    , m_link(new QLineEdit)
    , m_code(new QLabel)
    , m_qrImage(new QLabel)
    , m_referrals(new QTableWidget(0, ReferralColumn::Count))
    , m_empty(new QWidget)
{
    setObjectName(QStringLiteral("partnerPage"));
    m_state->setObjectName(QStringLiteral("partnerState"));
    m_banner->hide();

    auto *top = new QHBoxLayout;
    top->setSpacing(theme::spacing::l);
    auto *left = new QVBoxLayout;
    left->setSpacing(theme::spacing::l);
    left->addWidget(buildLinkCard());
    left->addWidget(buildFigures());
    top->addLayout(left, 1);
    top->addWidget(buildQrCard());

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(theme::spacing::l);
    content->addLayout(top);
    content->addWidget(buildReferralsCard(), 1);
    m_content->hide();

    pageColumn(this, {m_header, m_banner}, {m_state, m_content});

    connect(m_state, &StatePanel::retryRequested, this, &PartnerPage::reload);
    session.forgetOnEnd(this, [this] { forget(); });
}

void PartnerPage::forget()
{
    m_loads.begin();
    m_summary.reset();
    m_qr.reset();
    m_content->hide();
    m_banner->hide();
}

QWidget *PartnerPage::buildLinkCard()
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("Your personal link"), QStringLiteral("partnerLinkCard"));
    m_link->setObjectName(QStringLiteral("partnerLink"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Your personal link"));
    auto *copy = new QPushButton(theme::icon(QStringLiteral("edit-copy"), theme::colors().surface), tr("Copy link"));
    copy->setObjectName(QStringLiteral("partnerCopy"));
    copy->setProperty("variant", QStringLiteral("primary"));
    auto *row = new QHBoxLayout;
    row->setSpacing(theme::spacing::s);
    row->addWidget(m_link, 1);
    row->addWidget(copy);
    m_code->setObjectName(QStringLiteral("partnerCode"));
    m_code->setProperty("role", QStringLiteral("caption"));
    m_code->setWordWrap(true);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content->addWidget(makeSecondaryLabel(tr("Send it by email or messenger, or put it on your website: whoever "
                                             "registers through it counts as your referral.")));
    content->addLayout(row);
    content->addWidget(m_code);
    connect(copy, &QPushButton::clicked, this, &PartnerPage::copyLink);
    return card;
}

QWidget *PartnerPage::buildQrCard()
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("QR code"), QStringLiteral("partnerQrCard"));
    m_qrImage->setObjectName(QStringLiteral("partnerQr"));
    m_qrImage->setFixedSize(kQrSide, kQrSide);
    m_qrImage->setAlignment(Qt::AlignCenter);
    m_qrImage->setAccessibleName(tr("QR code of your personal link"));
    auto *save = new QPushButton(theme::icon(QStringLiteral("document-save-as")), tr("Save as PNG"));
    save->setObjectName(QStringLiteral("partnerSaveQr"));
    content->addWidget(m_qrImage, 0, Qt::AlignHCenter);
    content->addWidget(save, 0, Qt::AlignHCenter);
    content->addStretch();
    connect(save, &QPushButton::clicked, this, &PartnerPage::saveQrCode);
    return card;
}

QWidget *PartnerPage::buildFigures()
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(theme::spacing::l);
    row->addWidget(figureTile(QStringLiteral("clicks"), tr("Clicks"), m_clicks));
    row->addWidget(figureTile(QStringLiteral("registrations"), tr("Registrations"), m_registrations));
    row->addWidget(figureTile(QStringLiteral("approved"), tr("Approved"), m_approved));
    return box;
}

QWidget *PartnerPage::buildReferralsCard()
{
    QVBoxLayout *content = nullptr;
    auto *card = makeCard(content, tr("Your referrals"), QStringLiteral("partnerReferralsCard"));
    makeQuietTable(m_referrals, QStringLiteral("partnerReferrals"),
                   {tr("Name"), tr("Company"), tr("Clicked"), tr("Registered"), tr("Status"), tr("Source")},
                   ReferralColumn::Source);
    m_referrals->setSelectionMode(QAbstractItemView::NoSelection);
    m_referrals->setFocusPolicy(Qt::NoFocus);
    m_referrals->verticalHeader()->setDefaultSectionSize(40);

    m_empty->setObjectName(QStringLiteral("partnerEmpty"));
    auto *icon = new QLabel;
    icon->setPixmap(theme::icon(QStringLiteral("emblem-shared")).pixmap(40, 40));
    auto *title = new QLabel(tr("No referrals yet"));
    title->setObjectName(QStringLiteral("partnerEmptyTitle"));
    title->setProperty("role", QStringLiteral("sectionTitle"));
    auto *text = makeSecondaryLabel(
        tr("Copy your link and send it to people who could use the agency, or let them scan the QR code. Everyone "
           "who registers through it appears here, with where they came from."));
    text->setObjectName(QStringLiteral("partnerEmptyText"));
    auto *empty = new QVBoxLayout(m_empty);
    empty->setSpacing(theme::spacing::s);
    empty->addStretch();
    for (auto *label : {icon, title, text})
        label->setAlignment(Qt::AlignCenter);
    empty->addWidget(icon, 0, Qt::AlignHCenter);
    empty->addWidget(title, 0, Qt::AlignHCenter);
    // Not aligned itself: an aligned label gets its one-line width and loses wrapped lines; in a
    // row between stretches it takes up to 560 px and the height its lines need.
    text->setMaximumWidth(560);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(text, 1);
    row->addStretch();
    empty->addLayout(row);
    empty->addStretch();
    m_empty->hide();

    content->addWidget(m_referrals, 1);
    content->addWidget(m_empty, 1);
    return card;
}

void PartnerPage::reload()
{
    if (!m_summary) {
        m_content->hide();
        m_state->showLoading(tr("Loading your partner program …"));
    }
    m_api.summary()
        .onStored(m_loads.begin(),
                  [this](const ReferralSummary &summary) {
                      // What the last visit showed, while the server is asked.
                      if (!m_summary)
                          showSummary(summary);
                  })
        .onSuccess(m_loads.current(), [this](const ReferralSummary &summary) { showSummary(summary); })
        .onFailure(m_loads.current(), [this](const ApiError &error) { showLoadError(error); });
}

void PartnerPage::showLoadError(const ApiError &error)
{
    if (error.is(ErrorCode::OnboardingIncomplete)) {
        // The server's gate says the checklist is open: the page locks and the window takes the
        // customer there.
        m_session.updateOnboarding([](AccountOnboarding &onboarding) { onboarding.checklistComplete = false; });
        return;
    }
    if (m_summary) {
        // The figures on screen stay; the problem goes above them.
        m_banner->showMessage(Banner::Tone::Danger, error.message());
        m_banner->show();
        return;
    }
    m_content->hide();
    m_state->showError(error.message());
}

void PartnerPage::showSummary(const ReferralSummary &summary)
{
    const bool sameLink = m_summary && m_summary->link == summary.link;
    m_summary = summary;
    m_banner->hide();
    m_state->clear();
    m_content->show();
    m_link->setText(summary.link);
    m_link->setCursorPosition(0);
    m_code->setText(tr("Your code: %1. It can also be typed in when registering.").arg(summary.code));
    const QLocale locale;
    m_clicks->setText(locale.toString(summary.clicks));
    m_registrations->setText(locale.toString(summary.registrations));
    m_approved->setText(locale.toString(summary.approved));
    if (!sameLink) {
        m_qr = QrCode::encode(summary.link);
        showQr();
    }
    fillReferrals(summary.referrals);
}

void PartnerPage::showDemo(const ReferralSummary &summary)
{
    m_loads.begin();
    showSummary(summary);
}

void PartnerPage::showQr()
{
    if (!m_qr) {
        m_qrImage->setPixmap({});
        return;
    }
    // Whole device pixels per module (never a smoothed edge), as large as the space allows.
    const qreal ratio = devicePixelRatioF();
    const int modules = m_qr->size() + 2 * QrCode::quietZone;
    const int pixels = std::max(1, int(std::floor(kQrSide * ratio / modules)));
    auto pixmap = QPixmap::fromImage(m_qr->toImage(pixels));
    pixmap.setDevicePixelRatio(ratio);
    m_qrImage->setPixmap(pixmap);
}

void PartnerPage::fillReferrals(const QList<Referral> &referrals)
{
    m_referrals->setRowCount(0);
    m_referrals->setRowCount(int(referrals.size()));
    for (int row = 0; row < referrals.size(); ++row) {
        const auto &referral = referrals.at(row);
        m_referrals->setItem(row, ReferralColumn::Name, cell(referral.name));
        m_referrals->setItem(row, ReferralColumn::Company, cell(referral.company));
        auto *clicked = cell(ReferralText::day(referral.clickedAt));
        clicked->setToolTip(ReferralText::when(referral.clickedAt));
        m_referrals->setItem(row, ReferralColumn::Clicked, clicked);
        auto *registered = cell(ReferralText::day(referral.registeredAt));
        registered->setToolTip(ReferralText::when(referral.registeredAt));
        m_referrals->setItem(row, ReferralColumn::Registered, registered);
        m_referrals->setItem(row, ReferralColumn::Source, cell(ReferralText::source(referral.source)));
        auto *chip = new QLabel(ReferralText::status(referral.status));
        chip->setObjectName(QStringLiteral("referralStatus_") + referral.id);
        chip->setProperty("role", QStringLiteral("badge"));
        chip->setProperty("tone", ReferralText::tone(referral.status));
        auto *holder = new QWidget;
        auto *centre = new QHBoxLayout(holder);
        centre->setContentsMargins(0, 0, theme::spacing::m, 0);
        centre->addWidget(chip, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_referrals->setCellWidget(row, ReferralColumn::Status, holder);
    }
    m_referrals->setVisible(!referrals.isEmpty());
    m_empty->setVisible(referrals.isEmpty());
}

void PartnerPage::copyLink()
{
    if (!m_summary)
        return;
    QGuiApplication::clipboard()->setText(m_summary->link);
    Toast::show(window(), tr("Link copied. Paste it wherever you want to recommend the agency."));
}

void PartnerPage::saveQrCode()
{
    if (!m_qr || !m_summary)
        return;
    const auto path = m_chooseSavePath(this, QStringLiteral("partner-qr-%1.png").arg(m_summary->code));
    if (path.isEmpty())
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    m_qr->toImage(pngModulePixels).save(&buffer, "PNG");
    SavedFile::write(path, png, this, [this](const QString &error) {
        if (error.isEmpty()) {
            Toast::show(window(), tr("QR code saved."));
            return;
        }
        m_banner->showMessage(Banner::Tone::Danger, tr("The QR code could not be saved: %1").arg(error));
        m_banner->show();
    });
}

} // namespace kp::client
