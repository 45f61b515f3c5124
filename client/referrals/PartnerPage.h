#pragma once

#include "client/api/RequestScope.h"
#include "client/referrals/QrCode.h"
#include "client/referrals/ReferralsApi.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace kp::client {

class Banner;
class PageHeader;
class Session;
class StatePanel;

// "Partnerprogramm" (UI.md): the customer's personal link in a card with "Copy link" and its QR
// code beside it ("Save as PNG"), the totals as small tiles, and every referral as a table row
// with a status chip and where it came from. An empty list says how to share the link. The
// answer kept by the response cache shows at once (and offline); a 409 onboarding_incomplete
// locks the page again, which takes the customer to the checklist.
class PartnerPage : public QWidget {
    Q_OBJECT

public:
    // Pixels per module of the saved PNG: a version-3 code (a typical link) is then 592 px wide,
    // sharp in print at 5 cm.
    static constexpr int pngModulePixels = 16;
    // Asks where to save (a file dialog); tests answer with a path of their own.
    using SavePathChooser = std::function<QString(QWidget *parent, const QString &suggestedName)>;

    PartnerPage(ApiClient &api, Session &session, QWidget *parent = nullptr);

    void reload();
    // Drops what is shown (another account signs in: its link is not this one's).
    void forget();
    // Without the server (demo data for screenshots); loads in flight are dropped.
    void showDemo(const kp::ReferralSummary &summary);
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    void copyLink();
    void saveQrCode();

    const std::optional<QrCode> &qrCode() const { return m_qr; }

private:
    QWidget *buildLinkCard();
    QWidget *buildQrCard();
    QWidget *buildFigures();
    QWidget *buildReferralsCard();
    void showSummary(const kp::ReferralSummary &summary);
    void showLoadError(const ApiError &error);
    void showQr();
    void fillReferrals(const QList<kp::Referral> &referrals);

    ReferralsApi m_api;
    Session &m_session;
    RequestScope m_loads;
    SavePathChooser m_chooseSavePath;
    std::optional<ReferralSummary> m_summary;
    std::optional<QrCode> m_qr;
    PageHeader *m_header;
    Banner *m_banner;
    StatePanel *m_state;
    QWidget *m_content;
    QLineEdit *m_link;
    QLabel *m_code;
    QLabel *m_qrImage;
    QLabel *m_clicks;
    QLabel *m_registrations;
    QLabel *m_approved;
    QTableWidget *m_referrals;
    QWidget *m_empty;
};

} // namespace kp::client
