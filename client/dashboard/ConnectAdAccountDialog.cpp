#include "client/dashboard/ConnectAdAccountDialog.h"

#include "client/widgets/Banner.h"
#include "client/widgets/FormField.h"
#include "client/widgets/Theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace kp::client {
namespace {

const QString kFacebook = QStringLiteral("facebook");
const QString kGoogleAds = QStringLiteral("google_ads");

QLabel *hint()
{
    auto *label = new QLabel;
    label->setProperty("role", QStringLiteral("caption"));
    label->setWordWrap(true);
    return label;
}

} // namespace

ConnectAdAccountDialog::ConnectAdAccountDialog(QWidget *parent)
    : QDialog(parent)
    , m_provider(new QComboBox)
    , m_externalId(new FormField(tr("Ad account ID"), QStringLiteral("adExternalId")))
    , m_idHint(hint())
    , m_token(new FormField(tr("Access token"), QStringLiteral("adToken")))
    , m_tokenHint(hint())
    , m_banner(new Banner(QStringLiteral("adConnectBanner")))
    , m_submit(new QPushButton(tr("Connect")))
{
    setObjectName(QStringLiteral("connectAdAccountDialog"));
    setWindowTitle(tr("Connect an ad account"));
    setMinimumWidth(460);
    m_banner->hide();
    m_idHint->setObjectName(QStringLiteral("adExternalIdHint"));
    m_token->setPassword();

    auto *providerLabel = new QLabel(tr("Platform"));
    providerLabel->setProperty("role", QStringLiteral("fieldLabel"));
    m_provider->setObjectName(QStringLiteral("adProvider"));
    m_provider->addItem(QStringLiteral("Facebook"), kFacebook);
    m_provider->addItem(QStringLiteral("Google Ads"), kGoogleAds);
    providerLabel->setBuddy(m_provider);

    auto *intro = new QLabel(tr("The figures are fetched regularly with this token. It is stored encrypted and "
                                "never shown again."));
    intro->setProperty("role", QStringLiteral("secondary"));
    intro->setWordWrap(true);

    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("adConnectCancel"));
    m_submit->setObjectName(QStringLiteral("adConnectSubmit"));
    m_submit->setProperty("variant", QStringLiteral("primary"));
    m_submit->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spacing::xl, theme::spacing::xl, theme::spacing::xl, theme::spacing::xl);
    layout->setSpacing(theme::spacing::s);
    layout->addWidget(intro);
    layout->addSpacing(theme::spacing::s);
    layout->addWidget(m_banner);
    layout->addWidget(providerLabel);
    layout->addWidget(m_provider);
    layout->addSpacing(theme::spacing::s);
    layout->addWidget(m_externalId);
    layout->addWidget(m_idHint);
    layout->addSpacing(theme::spacing::s);
    layout->addWidget(m_token);
    layout->addWidget(m_tokenHint);
    layout->addSpacing(theme::spacing::l);
    layout->addLayout(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ConnectAdAccountDialog::providerChanged);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (validate())
            emit submitted(connection());
    });
    connect(m_externalId->edit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_externalId->text().isEmpty())
            m_externalId->setError(idProblem());
    });
    connect(m_token->edit(), &QLineEdit::textEdited, this, [this] { m_token->setError({}); });
    providerChanged();
}

QString ConnectAdAccountDialog::provider() const
{
    return m_provider->currentData().toString();
}

void ConnectAdAccountDialog::providerChanged()
{
    if (provider() == kGoogleAds) {
        m_externalId->setPlaceholder(QStringLiteral("123-456-7890"));
        m_idHint->setText(tr("The customer ID at the top of Google Ads: ten digits as 123-456-7890."));
        m_token->setLabel(tr("Refresh token"));
        m_token->setPlaceholder(QStringLiteral("1//0g…"));
        m_tokenHint->setText(tr("The OAuth refresh token of a user with access to this customer ID."));
    } else {
        m_externalId->setPlaceholder(QStringLiteral("act_1234567890"));
        m_idHint->setText(tr("The ad account ID from the Business Manager with \"act_\" in front, e.g. "
                             "act_1234567890."));
        m_token->setLabel(tr("Access token"));
        m_token->setPlaceholder(QStringLiteral("EAAB…"));
        m_tokenHint->setText(tr("A long-lived access token (system user) with the ads_read permission."));
    }
    if (!m_externalId->text().isEmpty())
        m_externalId->setError(idProblem());
}

QString ConnectAdAccountDialog::idProblem() const
{
    const auto id = m_externalId->text().trimmed();
    if (id.isEmpty())
        return tr("Please enter the ad account ID.");
    // As the server takes them: "act_" may be left out, the dashes too (it keeps one spelling).
    static const QRegularExpression facebook(QStringLiteral("^(act_)?[0-9]{5,20}$"));
    static const QRegularExpression google(QStringLiteral("^[0-9]{3}-?[0-9]{3}-?[0-9]{4}$"));
    if (provider() == kGoogleAds)
        return google.match(id).hasMatch() ? QString() : tr("Enter the customer ID as 123-456-7890.");
    return facebook.match(id).hasMatch() ? QString() : tr("Enter the ID with \"act_\" in front, e.g. act_1234567890.");
}

bool ConnectAdAccountDialog::validate()
{
    const auto idError = idProblem();
    m_externalId->setError(idError);
    const auto token = m_token->text();
    QString tokenError;
    if (token.isEmpty())
        tokenError
            = provider() == kGoogleAds ? tr("Please enter the refresh token.") : tr("Please enter the access token.");
    else if (token.contains(QRegularExpression(QStringLiteral("\\s"))))
        tokenError = tr("A token has no spaces or line breaks. Copy it again.");
    m_token->setError(tokenError);
    return idError.isEmpty() && tokenError.isEmpty();
}

AdAccountConnection ConnectAdAccountDialog::connection() const
{
    return {provider(), m_externalId->text().trimmed(), m_token->text()};
}

void ConnectAdAccountDialog::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
    m_submit->setText(busy ? tr("Connecting …") : tr("Connect"));
}

void ConnectAdAccountDialog::showServerError(const ApiError &error)
{
    setBusy(false);
    const auto idProblem = error.fields.value(QStringLiteral("external_id"));
    const auto tokenProblem = error.fields.value(QStringLiteral("credentials"));
    if (!idProblem.isEmpty())
        m_externalId->setError(idProblem == QLatin1String("taken")
                                   ? tr("This ad account is already connected.")
                                   : tr("The platform does not know this ad account ID, or the token has no access to "
                                        "it."));
    if (!tokenProblem.isEmpty())
        m_token->setError(tr("The platform refused this token. Check that it is current and has access to the "
                             "account."));
    if (idProblem.isEmpty() && tokenProblem.isEmpty()) {
        m_banner->showMessage(Banner::Tone::Danger, error.message());
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

void ConnectAdAccountDialog::succeeded()
{
    setBusy(false);
    m_token->setText({});
    m_token->setError({});
    m_banner->hide();
    accept();
}

void ConnectAdAccountDialog::reset()
{
    m_externalId->setText({});
    m_externalId->setError({});
    m_token->setText({});
    m_token->setError({});
    m_banner->hide();
    setBusy(false);
}

} // namespace kp::client
